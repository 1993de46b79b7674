// The README's Action inputs table, from action.yml (used by scripts/readme.mjs and a test).
import { parse } from 'yaml';

export function actionInputsTable(actionYml) {
  const { inputs } = parse(actionYml);
  const rows = Object.entries(inputs).map(([name, spec]) => {
    const dflt = spec.default === undefined || spec.default === '' ? '' : `\`${spec.default}\``;
    return `| \`${name}\` | ${dflt} | ${String(spec.description).replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`;
  });
  return `| input | default | meaning |\n| --- | --- | --- |\n${rows.join('\n')}\n`;
}
