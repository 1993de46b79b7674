// Preloaded into the scanner's process by bench/history/run.mjs: prints the process's own peak
// RSS (kB) at exit, on stderr. /usr/bin/time's %M is the peak over the process and the git
// processes it waited for, so it cannot tell the scanner's memory from git's.
process.on('exit', () => process.stderr.write(`\nmax-rss-self ${process.resourceUsage().maxRSS}\n`));
