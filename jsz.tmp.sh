tot=0; for f in $(grep -o 'href="[^"]*\.js"' build/index.html | sed 's/href="\.\///;s/"//'); do g=$(gzip -9c build/$f | wc -c); tot=$((tot+g)); done; echo "first-load js gz: $tot bytes"
