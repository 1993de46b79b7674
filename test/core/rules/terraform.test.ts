import { describe, expect, it } from '@jest/globals';
import { terraformTokens } from '../../helpers/tokens/terraform.js';
import { expectNotFound, ruleIds } from './harness.js';

describe('terraform-password', () => {
  const pw = terraformTokens.typedPassword();

  it.each([
    ['main.tf', `resource "azurerm_mssql_server" "db" {\n  administrator_login_password = "${pw}"\n}\n`],
    ['provider.hcl', `provider "mysql" {\n  endpoint = "localhost:3306"\n  password       = "${pw}"\n}\n`],
    ['prod.tfvars', `db_master_password = "${pw}" # rotate yearly\n`],
  ])('a password literal in %s', async (path, text) => {
    expect(await ruleIds(text, path)).toEqual(['terraform-password']);
  });

  it('a password a person typed, lower entropy than the generic rule wants, is still one here', async () => {
    expect(await ruleIds(`  password = "${'rootpass'}${'wd42'}"\n`, 'db.tf')).toEqual(['terraform-password']);
  });

  it('only in Terraform and HCL files', async () => {
    expect(await ruleIds(`password       = "${pw}"\n`, 'settings.js')).not.toContain('terraform-password');
  });

  it('variables, interpolations, function calls and stand-ins are not literals', async () => {
    const tf = async (...texts: string[]) => {
      for (const text of texts) expect([text, await ruleIds(text, 'main.tf')]).toEqual([text, []]);
    };
    await tf(
      '  administrator_login_password = var.db_password\n',
      '  password = "${aws_db_instance.default.password}"\n',
      '  password = "%{ if var.x }a%{ endif }xyz"\n',
      '  password = random_password.db.result\n',
      '  password = "<password>"\n',
      `  password = "${'x'.repeat(12)}"\n`,
    );
    await expectNotFound(`  password = "${pw}"`);
  });
});
