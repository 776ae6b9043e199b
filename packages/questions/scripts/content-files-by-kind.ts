import type { ContentFileKind } from './canonical-yaml.js';
import type { ContentFile, LoadedContent } from './load-content.js';

/** A content file and which kind of file it is, for the formatter. */
export interface KindedContentFile {
  readonly file: ContentFile;
  readonly kind: ContentFileKind;
}

/** Every file of loaded content with its kind: the vocabularies, then the questions. */
export function contentFilesByKind(content: LoadedContent): KindedContentFile[] {
  return [
    ...Object.entries(content.vocabularyFiles).map(([kind, file]) => ({
      file,
      kind: kind as ContentFileKind,
    })),
    ...content.questionFiles.map((file) => ({ file, kind: 'question' as const })),
  ];
}
