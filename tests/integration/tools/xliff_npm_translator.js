// A scripted translator for sengen's XLIFF 2.0 tests, reading and writing
// through an independent implementation: the `xliff` package of the npm
// registry (xliff2js, js2xliff). It changes the targets of the units named.
//
//   node xliff_npm_translator.js IN OUT ID TEXT [ID TEXT…]
const fs = require('fs');
const { xliff2js, js2xliff } = require('xliff');

const [input, output, ...pairs] = process.argv.slice(2);
xliff2js(fs.readFileSync(input, 'utf8'), (error, document) => {
  if (error) { console.error(error); process.exit(1); }
  const files = Object.values(document.resources);
  for (let i = 0; i < pairs.length; i += 2) {
    const unit = files.map((units) => units[pairs[i]]).find(Boolean);
    if (!unit) { console.error(`no unit ${pairs[i]}`); process.exit(1); }
    unit.target = pairs[i + 1];
  }
  js2xliff(document, (error2, xml) => {
    if (error2) { console.error(error2); process.exit(1); }
    fs.writeFileSync(output, xml);
  });
});
