import { dirname } from 'node:path';

/**
 * Why reading or writing `path` failed, in words (`no such file`, `permission denied`)
 * rather than as a system error with its code and the names of temporary files.
 */
export function fileErrorReason(error: unknown, action: 'read' | 'write', path: string): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file' : `the folder ${dirname(path)} does not exist`;
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}
