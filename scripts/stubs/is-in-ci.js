// Ink renders nothing but the last frame when it believes it runs in CI (CI=true in the
// environment). lakeflow-lab only opens its TUI on a real terminal (bin/cli.ts refuses otherwise),
// so a learner whose shell happens to export CI=true (dev containers do) must still see every frame.
export default false;
