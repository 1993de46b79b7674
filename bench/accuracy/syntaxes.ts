// The file syntaxes the generated corpus plants a credential in: each turns a key name and a value
// into a file (path and text). Key names arrive as words (`['square', 'access', 'token']`) and are
// spelled the way each syntax spells them.

export type Plant = (words: readonly string[], value: string) => [path: string, text: string];

const upper = (w: readonly string[]): string => w.join('_').toUpperCase();
const snake = (w: readonly string[]): string => w.join('_').toLowerCase();
const camel = (w: readonly string[]): string =>
  w.map((x, i) => (i === 0 ? x.toLowerCase() : x[0]!.toUpperCase() + x.slice(1).toLowerCase())).join('');
const pascal = (w: readonly string[]): string => w.map((x) => x[0]!.toUpperCase() + x.slice(1).toLowerCase()).join('');
const kebab = (w: readonly string[]): string => w.join('-').toLowerCase();
const dotted = (w: readonly string[]): string => w.join('.').toLowerCase();
const header = (w: readonly string[]): string =>
  `X-${w.map((x) => x[0]!.toUpperCase() + x.slice(1).toLowerCase()).join('-')}`;
/** The provider's word as a parent section, the rest as the key inside it. */
const nested = (w: readonly string[]): [string, string] => [w[0]!.toLowerCase(), snake(w.length > 1 ? w.slice(1) : w)];

export const SYNTAXES: Readonly<Record<string, Plant>> = {
  // The common ground every scanner reads.
  dotenv: (w, v) => ['.env', `${upper(w)}=${v}\n`],
  json: (w, v) => ['config.json', `{\n  "${camel(w)}": "${v}"\n}\n`],
  yaml: (w, v) => ['config.yaml', `${snake(w)}: ${v}\n`],
  python: (w, v) => ['settings.py', `${upper(w)} = "${v}"\n`],
  // The syntaxes an independent corpus plants in.
  'go-var': (w, v) => ['main.go', `package main\n\nvar ${camel(w)} string = "${v}"\n`],
  'go-short': (w, v) => ['main.go', `func main() {\n\t${camel(w)} := "${v}"\n}\n`],
  'php-assign': (w, v) => ['config.php', `<?php\n$${camel(w)} = "${v}";\n`],
  'php-append': (w, v) => ['config.php', `<?php\n$${camel(w)} .= '${v}';\n`],
  'php-define': (w, v) => ['config.php', `<?php\ndefine('${upper(w)}', '${v}');\n`],
  'xml-element': (w, v) => ['config.xml', `<config>\n  <${camel(w)}>${v}</${camel(w)}>\n</config>\n`],
  'xml-add-key': (w, v) => ['web.config', `<appSettings>\n  <add key="${pascal(w)}" value="${v}" />\n</appSettings>\n`],
  'makefile-?=': (w, v) => ['Makefile', `${upper(w)} ?= ${v}\n`],
  'makefile-:=': (w, v) => ['Makefile', `${upper(w)} := ${v}\n`],
  'json-escaped': (w, v) => ['data.json', `{"settings": "{\\"${camel(w)}\\": \\"${v}\\"}"}\n`],
  'java-setproperty': (w, v) => ['App.java', `System.setProperty("${upper(w)}", "${v}");\n`],
  'java-props-put': (w, v) => ['App.java', `props.put("${dotted(w)}", "${v}");\n`],
  'ruby-hashrocket': (w, v) => ['config.rb', `config = { "${camel(w)}" => "${v}" }\n`],
  'escaped-file': (w, v) => ['fixtures.json', `{"files": {"config.ini": "${upper(w)}=${v}\\nDEBUG=false\\n"}}\n`],
  'csharp-typed': (w, v) => ['Settings.cs', `private const string ${pascal(w)} = "${v}";\n`],
  'ts-typed': (w, v) => ['config.ts', `const ${camel(w)}: string = "${v}";\n`],
  'kotlin-val': (w, v) => ['Config.kt', `val ${camel(w)} = "${v}"\n`],
  'swift-let': (w, v) => ['Config.swift', `let ${camel(w)} = "${v}"\n`],
  'rust-let': (w, v) => ['main.rs', `let ${snake(w)}: &str = "${v}";\n`],
  hcl: (w, v) => ['main.tf', `resource "acme_service" "main" {\n  ${snake(w)} = "${v}"\n}\n`],
  'dockerfile-env': (w, v) => ['Dockerfile', `FROM node:20\nENV ${upper(w)}=${v}\n`],
  'dockerfile-arg': (w, v) => ['Dockerfile', `FROM node:20\nARG ${upper(w)}=${v}\n`],
  'shell-export': (w, v) => ['deploy.sh', `#!/bin/sh\nexport ${upper(w)}="${v}"\n`],
  powershell: (w, v) => ['deploy.ps1', `$env:${upper(w)} = "${v}"\n`],
  'yaml-nested': (w, v) => {
    const [parent, child] = nested(w);
    return ['config.yaml', `${parent}:\n  ${child}: ${v}\n`];
  },
  'ini-section': (w, v) => {
    const [parent, child] = nested(w);
    return ['config.ini', `[${parent}]\n${child} = ${v}\n`];
  },
  properties: (w, v) => ['application.properties', `${dotted(w)}=${v}\n`],
  'cli-flag': (w, v) => ['run.sh', `acme-cli deploy --${kebab(w)} ${v} --region eu\n`],
  'cli-header': (w, v) => ['run.sh', `curl -H "${header(w)}: ${v}" https://api.acme.io/v1/items\n`],
  'curl-u': (_w, v) => ['run.sh', `curl -u deploy:${v} https://api.acme.io/v1/items\n`],
};
