export { issueCertificate, issueForCase, changeStatus, issuerMetadata, statusListJwt, certificateType, STATUS_LIST_CAPACITY } from './service.js';
export type { Holder, IssueInput, CaseResult, CertificateRow } from './service.js';
export { listWallet, getWalletCertificate, shareCertificate, listShares, revokeShare, fetchShare, sharePdfFile, materialCertificate, downloadCredential, usableCertificates, walletCertificate, certificateView } from './wallet.js';
export type { CertificateView, ShareView, ClaimView } from './wallet.js';
export { verifyToken } from './verify.js';
export { certificateTypes, readCertificateTypes } from './types.js';
export type { CertificateType } from './types.js';
export { certificatesRoutes } from './routes.js';
export { claimsForCase, claimGaps, newbornRelationToHead, HOUSEHOLD_REGISTER } from './claims.js';
