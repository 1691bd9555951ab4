/**
 * Where JSON text stops being JSON. Engines disagree on whether their `JSON.parse` errors carry a
 * position (V8 before Node 22 omits it for "Unexpected token" and "Unexpected end"; Safari never
 * gives one), so a small strict scanner finds it: the offset of the first offending character,
 * `text.length` for text that ends too early, `undefined` when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number | undefined {
	let i = 0;
	const fail = (): never => {
		throw new JsonStop(i);
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const expect = (char: string) => {
		if (text[i] !== char) fail();
		i++;
	};
	const digits = () => {
		if (!/[0-9]/.test(text[i] ?? '')) fail();
		while (/[0-9]/.test(text[i] ?? '')) i++;
	};
	const string = () => {
		expect('"');
		for (;;) {
			if (i >= text.length) fail();
			const code = text.charCodeAt(i);
			if (code === 0x22) break;
			if (code < 0x20) fail();
			if (code === 0x5c) {
				i++;
				if (text[i] === 'u') {
					for (let k = 0; k < 4; k++) {
						i++;
						if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
					}
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		i++;
	};
	const value = (): void => {
		space();
		const char = text[i];
		if (char === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				string();
				space();
				expect(':');
				value();
				space();
				if (text[i] === '}') return void i++;
				expect(',');
			}
		}
		if (char === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				space();
				if (text[i] === ']') return void i++;
				expect(',');
			}
		}
		if (char === '"') return string();
		if (char === '-' || /[0-9]/.test(char ?? '')) {
			if (char === '-') i++;
			if (text[i] === '0') i++;
			else digits();
			if (text[i] === '.') {
				i++;
				digits();
			}
			if (text[i] === 'e' || text[i] === 'E') {
				i++;
				if (text[i] === '+' || text[i] === '-') i++;
				digits();
			}
			return;
		}
		const word = ['true', 'false', 'null'].find((w) => w[0] === char);
		if (word === undefined) return fail();
		for (const letter of word) expect(letter);
	};
	try {
		value();
		space();
		return i < text.length ? i : undefined;
	} catch (error) {
		if (error instanceof JsonStop) return Math.min(error.offset, text.length);
		return undefined; // too deeply nested for this scanner: no position rather than a wrong one
	}
}

class JsonStop {
	constructor(readonly offset: number) {}
}

/**
 * A JSON.parse error in words, without the engine's own position and excerpt, and the offset in
 * `text` where the text stops being JSON (from the engine, or found by `jsonErrorOffset`).
 */
export function describeJsonSyntaxError(
	text: string,
	error: unknown
): { reason: string; offset: number | undefined } {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/.exec(message);
	// Node 20 gives no position for "Unexpected token" or "Unexpected end": find it ourselves.
	const offset = position ? Number(position[1]) : jsonErrorOffset(text);
	const reason = message
		.replace(/ at position \d+.*$/s, '')
		.replace(/ in JSON$/, '')
		.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
	return { reason, offset };
}

/** 1-based line and column of each offset in `text`, from one scan of it. */
export function lineColumns(text: string, offsets: number[]): { line: number; column: number }[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return offsets.map((offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo]! + 1 };
	});
}
