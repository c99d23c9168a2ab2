"""Storage: the only package that imports sqlcipher3, argon2 and cryptography."""
