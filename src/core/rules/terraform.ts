/**
 * Passwords written into Terraform and HCL files: a resource's `password`, `admin_password`,
 * `administrator_login_password`, ... argument set to a string literal. In these files such an
 * argument is the credential of the database or machine the resource creates, whatever the value
 * looks like; a variable (`var.db_password`), an interpolation (`"${...}"`) or a function call is
 * the safe way and is not reported.
 */
import { isFalsePositiveValue } from '../placeholders.js';
import type { RuleFamily } from './define.js';

export const terraform: RuleFamily = {
  id: 'terraform',
  rules: [
    {
      id: 'terraform-password',
      title: 'Password literal in a Terraform file',
      provider: 'generic',
      keywords: ['password', 'passwd'],
      paths: /\.(?:tf|tfvars|hcl)$/i,
      // The argument opens its line; the value is one string literal on it.
      pattern:
        /^[ \t]*(?<name>[a-z0-9_]{0,40}passw(?:or)?d)[ \t]*=[ \t]*"(?<secret>[^"\r\n]{8,128})"[ \t]*(?:#.*|\/\/.*)?\r?$/im,
      // A literal typed by a person: entropy says little, the stand-in filter and templates say more.
      minEntropy: 2,
      validate: (secret) => !/[$%]\{/.test(secret) && !isFalsePositiveValue(secret, 2),
      format: String.raw`[A-Za-z]{6,10}[0-9]{2,4}[!#%]?`,
      samples: {
        found: [
          String.raw`resource "azurerm_mssql_server" "main" \{\n  administrator_login_password = "[A-Za-z]{6,10}[0-9]{2,4}[!#%]"\n\}`,
          String.raw`  password       = "[a-z]{8,12}[0-9]{2}"`,
        ],
        notFound: [
          String.raw`  administrator_login_password = var\.db_password`,
          String.raw`  password = "\$\{aws_db_instance\.default\.password\}"`,
          String.raw`  password = "<password>"`,
          String.raw`  password = "x{12}"`,
        ],
        path: 'main.tf',
      },
      peers: { gitleaks: ['hashicorp-tf-password'] },
    },
  ],
};
