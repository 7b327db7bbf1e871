export { deriveKey, resolveSecretKey, secretKeyFile } from './secret-key';
export { open, seal, SealedBoxError } from './sealed-box';
