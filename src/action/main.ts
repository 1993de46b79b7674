/** The GitHub Action (see the Action issue). Placeholder until that work lands. */
import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('mcp-leak-guard: the GitHub Action is not implemented in this build');
}
