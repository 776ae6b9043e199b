import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every public export of every package has a JSDoc summary and an `@example`; every
 * exported function also documents each parameter and its return value.
 */
const packagesDir = join(import.meta.dirname, '..', 'packages');
const entries = readdirSync(packagesDir).flatMap((name) => {
  const srcDir = join(packagesDir, name, 'src');
  if (!existsSync(srcDir)) return [];
  const barrels = [join(srcDir, 'index.ts')];
  for (const sub of readdirSync(srcDir, { withFileTypes: true })) {
    const barrel = join(srcDir, sub.name, 'index.ts');
    if (sub.isDirectory() && existsSync(barrel) && sub.name !== 'generated') barrels.push(barrel);
  }
  return barrels.filter(existsSync).map((file) => ({ name, file }));
});

function problemsOf(file: string): string[] {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    customConditions: ['@prepdeck/source'],
    resolveJsonModule: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`cannot read ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const problems: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol.getJsDocTags(checker);
    const name = exported.getName();
    if (summary === '') problems.push(`${name}: no summary`);
    if (!tags.some((tag) => tag.name === 'example')) problems.push(`${name}: no @example`);
    const declaration = symbol.declarations?.[0];
    if (declaration && ts.isFunctionDeclaration(declaration)) {
      for (const parameter of declaration.parameters) {
        const parameterName = parameter.name.getText();
        const documented = tags.some(
          (tag) => tag.name === 'param' && tag.text?.[0]?.text === parameterName,
        );
        if (!documented) problems.push(`${name}: no @param ${parameterName}`);
      }
      if (!tags.some((tag) => tag.name === 'returns')) problems.push(`${name}: no @returns`);
    }
  }
  return problems;
}

describe('public API documentation', () => {
  it('finds the package entry points', () => {
    expect(entries.map((entry) => entry.name)).toContain('schema');
  });

  it.each(entries.map((entry) => [entry.file.slice(packagesDir.length + 1), entry.file]))(
    '%s: every export has a summary and an @example',
    (_, file) => {
      expect(problemsOf(file)).toEqual([]);
    },
  );
});
