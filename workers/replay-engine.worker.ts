import { exposeEngine } from '../src/engine/expose-engine';
import { ReplayEngine } from '../src/engine/replay/replay-engine';

exposeEngine(new ReplayEngine());
