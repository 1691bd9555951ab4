import { stripBom } from '../common';
import type { IoIssue, IoResult, ParseOptions } from '../types';
import { build } from './build';
import { readFrontmatter } from './frontmatter';
import { lex } from './lex';
import { read } from './read';
import { warner } from './syntax';

export { serialize } from './serialize';

/**
 * Argdown (argdown.org), read in loose mode: relations between statements are supports and
 * attacks.
 *
 * - `[Title]: text` defines a statement: a claim whose id is the title (white space as `-`). Later
 *   definitions of the same title are the same claim (a different text is a warning); `[Title]`
 *   alone refers to it; a paragraph without a title is a claim of its own. Text may run over
 *   several lines until an empty line.
 * - `<Title>: text` defines an argument. An argument *without* a premise-conclusion structure is a
 *   claim (text: its description, else its title). An argument *with* one (`<Title>`, an empty
 *   line, then `(1) ...`, `----`, `(2) ...`) is an inference, not a claim: each premise
 *   `supports` the conclusion (a later step's premises include the conclusion before it). The
 *   relations of the last step carry the argument's title as id; with several premises they are
 *   a linked argument (note `linked argument G`, see `../common.ts`). The argument's description
 *   and inference rules go to the notes. Support or attack from or of a reconstructed argument
 *   is from or of its main conclusion.
 * - Relations under a parent, indented more: `+`/`<+` (the child supports the parent), `-`/`<-`
 *   (the child rebuts it), `_`/`<_` (the child undercuts it), `+>`, `->`, `_>` (the parent
 *   supports, rebuts, undercuts the child), `><` (contradiction: a `rebuts` each way, with a
 *   warning).
 * - An undercut attacks an inference: of a reconstructed argument, every relation of its last
 *   step (or of the step whose inference line or conclusion the undercut is written under); of an
 *   argument or statement that is a claim, every relation going out of that claim.
 * - `#tag` and `#(tag with spaces)` become topics, and so does the nearest `# Heading` above.
 *   Frontmatter (`===` ... `===`): `title`, `subTitle` (the question), `abstract` (the summary),
 *   and the Crux keys `id`, `resolution`, `speakers`, `sources` (YAML, of which JSON is a part). Comments (`//`, `/* *\/`,
 *   `<!-- -->`) are skipped; backslash escapes are read.
 * - YAML data `{...}`: JSON-style data with Crux claim fields (`title`, `kind`, `speaker`, `quote`,
 *   `source`, `paragraph`, `later`, `note`, and `text` or `topics` when their exact form has line
 *   breaks) is read, and an argument with `{"crux": "relation"}` is a named relation (see
 *   `serialize`). Any other data, frontmatter key or construct Crux has no place for (lists are
 *   read as statements) is a warning with its line: nothing is dropped silently.
 *
 * In stages: `lex` cuts the text into the frontmatter and blocks of lines (comments out),
 * `frontmatter` reads the YAML between the `===` lines, `read` turns the blocks into statements,
 * arguments and relations between them, `build` makes the debate of them; `serialize` writes one.
 */
export function parse(text: string, options: ParseOptions = {}): IoResult {
	const warnings: IoIssue[] = [];
	const warn = warner(warnings);
	const lexed = lex(stripBom(text), warn);
	const frontmatter = readFrontmatter(lexed.frontmatter ?? [], warn);
	const reading = read(lexed.blocks, warn);
	return build(reading, frontmatter, options, warnings, warn);
}
