// The pipeline: an ordered list of stages, each a plain function that reads the layers
// earlier stages added and returns the layers it adds. Composition is just a loop, so a
// stage can be swapped (rules vs a learned model) without the others knowing.
import type { Annotations, Document } from '../document/types.js';

export type Stage = (doc: Document) => Partial<Annotations>;

export interface NamedStage {
  name: string;
  run: Stage;
}

export function runStages(doc: Document, stages: readonly NamedStage[]): Document {
  for (const stage of stages) {
    const added = stage.run(doc);
    Object.assign(doc.ann, added);
  }
  return doc;
}
