export { listDepartmentKeys, rotateDepartmentKeys, revokeDepartmentKey } from './service.js';
export { issueCertificate, issueForCase, changeStatus, issuerMetadata, statusListJwt, claimsFor, certificateType, STATUS_LIST_CAPACITY } from './service.js';
export type { Holder, IssueInput, CaseResult, CertificateRow } from './service.js';
export { listWallet, getWalletCertificate, shareCertificate, listShares, downloadCredential, usableCertificates, walletCertificate, certificateView } from './wallet.js';
export type { CertificateView, ShareView, ClaimView } from './wallet.js';
export { verifyToken } from './verify.js';
export { certificateTypes, readCertificateTypes } from './types.js';
export type { CertificateType } from './types.js';
export { certificatesRoutes } from './routes.js';
