/** The folder of the built site that holds the printable year packs (`packs/9/`). */
export const yearPacksFolder = 'packs';
