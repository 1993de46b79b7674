/** Entry of the Action bundle (`dist/index.js`); the logic is in main.ts. */
import { run } from './main.js';

void run();
