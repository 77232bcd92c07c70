// Placeholder entry; replaced by the real dispatcher.
process.stdout.write(`lakeflow-lab ${__APP_VERSION__}\n`);
