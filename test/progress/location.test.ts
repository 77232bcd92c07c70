import { join, resolve } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { confConfigDir, dataDir, openProgressStore, progressFilePath } from '../../src/progress';
import { tempDir } from './helpers';

const savedXdg = process.env.XDG_CONFIG_HOME;
afterEach(() => {
  if (savedXdg === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedXdg;
});

describe('where progress.json lives', () => {
  it('is the very file conf would use for project "lakeflow-lab" (per-user config folder)', () => {
    const xdg = tempDir();
    process.env.XDG_CONFIG_HOME = xdg; // keep conf from touching the real ~/.config
    const conf = new Conf({ projectName: 'lakeflow-lab', configName: 'progress' });
    expect(progressFilePath(dataDir({ XDG_CONFIG_HOME: xdg }))).toBe(conf.path);
    expect(conf.path.startsWith(xdg)).toBe(true);
  });

  it('follows env-paths on every platform', () => {
    expect(confConfigDir({}, 'linux', '/home/ada')).toBe(join('/home/ada', '.config', 'lakeflow-lab-nodejs'));
    expect(confConfigDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ada')).toBe(join('/x', 'lakeflow-lab-nodejs'));
    expect(confConfigDir({}, 'darwin', '/Users/ada')).toBe(join('/Users/ada', 'Library', 'Preferences', 'lakeflow-lab-nodejs'));
    expect(confConfigDir({ APPDATA: 'C:/AD' }, 'win32', 'C:/Users/ada')).toBe(join('C:/AD', 'lakeflow-lab-nodejs', 'Config'));
  });

  it('LAKEFLOW_LAB_HOME puts it in that folder (relative paths resolved), an empty value is ignored', () => {
    expect(dataDir({ LAKEFLOW_LAB_HOME: '/srv/class/ada' })).toBe(resolve('/srv/class/ada'));
    expect(dataDir({ LAKEFLOW_LAB_HOME: 'lab-data' })).toBe(resolve('lab-data'));
    expect(dataDir({ LAKEFLOW_LAB_HOME: '  ', XDG_CONFIG_HOME: '/x' })).toBe(join('/x', 'lakeflow-lab-nodejs'));
  });

  it('the store uses LAKEFLOW_LAB_HOME and exposes the folder', () => {
    const dir = tempDir();
    const store = openProgressStore({ env: { LAKEFLOW_LAB_HOME: dir } });
    expect(store.dir).toBe(dir);
    expect(store.file).toBe(join(dir, 'progress.json'));
    store.close();
  });

  it('conf itself can read the file the store writes (plain JSON, same place)', () => {
    const dir = tempDir();
    const store = openProgressStore({ dir });
    store.setAnswers('practice.1', ['3']);
    store.flush();
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: 'progress' });
    expect(conf.store).toEqual(JSON.parse(JSON.stringify(store.get())));
    store.close();
  });
});
