// Generated from the API's OpenAPI document by `npm run web:types` (src/web-types.ts). Do not edit by hand:
// change the route's schema and run the script again. src/web-types.test.ts fails when this file is stale.
export interface paths {
    "/.well-known/jwt-vc-issuer/issuers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SD-JWT VC issuer metadata with the JWKS of a department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uri */
                            issuer: string;
                            jwks: {
                                keys: {
                                    alg: string;
                                    crv?: string;
                                    e?: string;
                                    kid: string;
                                    kty: string;
                                    n?: string;
                                    /** @enum {string} */
                                    use: "sig";
                                    x?: string;
                                    y?: string;
                                }[];
                            };
                            name: {
                                en: string;
                                zh: string;
                            };
                            status_list_jwks: {
                                keys: {
                                    alg: string;
                                    crv?: string;
                                    e?: string;
                                    kid: string;
                                    kty: string;
                                    n?: string;
                                    /** @enum {string} */
                                    use: "sig";
                                    x?: string;
                                    y?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            personId: string | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            status: "active" | "disabled";
                            username: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 创建工作人员账号 Create a staff account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        password: string;
                        postings: {
                            departmentId?: string | null;
                            regionCode?: string | null;
                            /** @enum {unknown} */
                            role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                        }[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            personId: string | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            status: "active" | "disabled";
                            username: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            personId: string | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            status: "active" | "disabled";
                            username: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置工作人员密码 Set a new password for a staff member (their sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            personId: string | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            status: "active" | "disabled";
                            username: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/accounts/{id}/postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 增加岗位 Give an account another role in a department or region */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentId?: string | null;
                        regionCode?: string | null;
                        /** @enum {unknown} */
                        role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            displayName: string;
                            /** Format: uuid */
                            id: string;
                            personId: string | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            status: "active" | "disabled";
                            username: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/departments/{id}/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 签名密钥 A department's signing keys, every purpose, newest first (public facts only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alg: string;
                            /** Format: date-time */
                            createdAt: string;
                            kid: string;
                            /** @enum {unknown} */
                            purpose: "certificate" | "status_list" | "exchange_answer" | "legacy";
                            retiredAt: string | null;
                            revokedAt: string | null;
                            state: "active" | "retired" | "revoked";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/departments/{id}/signing-keys/{kid}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销密钥 Revoke a compromised key: it leaves the published keys and every certificate it signed fails verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kid: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alg: string;
                            /** Format: date-time */
                            createdAt: string;
                            kid: string;
                            /** @enum {unknown} */
                            purpose: "certificate" | "status_list" | "exchange_answer" | "legacy";
                            retiredAt: string | null;
                            revokedAt: string | null;
                            state: "active" | "retired" | "revoked";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/departments/{id}/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 轮换密钥 Rotate a department's signing keys, one per purpose (what the old keys signed stays valid) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rotations: {
                                active: string;
                                /** @enum {unknown} */
                                purpose: "certificate" | "status_list" | "exchange_answer";
                                retired: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的办件 My applications */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    status?: "draft" | "submitted" | "supplement_requested" | "in_review" | "approved" | "rejected" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 提交申请 Submit an application (online, by an agent, or at a window for a walk-in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptance?: {
                            deferred: string[];
                            /** @enum {string} */
                            mode: "tolerance";
                        } | {
                            commitmentSigned: boolean;
                            /** @enum {string} */
                            mode: "commitment";
                        };
                        citizenConfirmed?: boolean;
                        /**
                         * JsonObject
                         * @description the item's form, checked against its JSON Schema
                         */
                        formData: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        forPersonId?: string;
                        /** @description a retried submit with the same key returns the first case */
                        idempotencyKey?: string;
                        itemCode: string;
                        /** @description each material: an uploaded file, or a certificate from the wallet */
                        materials?: {
                            /**
                             * Format: uuid
                             * @description a certificate from the applicant's wallet, reused instead of an upload (减材料)
                             */
                            certificateId?: string;
                            code: string;
                            /** Format: uuid */
                            fileId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理 Accept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/deferred-materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补交容缺材料 Hand in materials deferred at acceptance */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        materials: {
                            /**
                             * Format: uuid
                             * @description a certificate from the applicant's wallet, reused instead of an upload (减材料)
                             */
                            certificateId?: string;
                            code: string;
                            /** Format: uuid */
                            fileId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存草稿 Save and come back later */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * JsonObject
                         * @description the item's form, checked against its JSON Schema
                         */
                        formData: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/instant-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 秒批 What the automatic checks said (the applicant and the case's staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: boolean;
                            /** Format: date-time */
                            decidedAt: string;
                            explanation: {
                                conditions: {
                                    feel: string;
                                    holds: boolean | null;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                table: {
                                    description: string | null;
                                    outputs: {
                                        [key: string]: unknown;
                                    };
                                    ruleId: string | null;
                                } | null;
                            };
                            policyCode: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料清单 Materials: attached, and certificates in my wallet that would do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts: {
                                certificateTypes: string[];
                                exchangeSource: string | null;
                                upload: boolean;
                            };
                            attached: {
                                /** Format: date-time */
                                attachedAt: string;
                                fileId: string | null;
                                reference: string | null;
                                source: "upload" | "certificate" | "exchange";
                            } | null;
                            code: string;
                            core: boolean;
                            name: {
                                en: string;
                                zh: string;
                            };
                            required: boolean;
                            /** @description certificates in the applicant's wallet that would do (减材料): offered, attached only when confirmed */
                            reusable: {
                                /** Format: uuid */
                                certificateId: string;
                                /** Format: date-time */
                                issuedAt: string;
                                issuer: {
                                    en: string;
                                    zh: string;
                                };
                                type: string;
                                typeName: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/materials/{code}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 证照复用 Confirm a certificate from my wallet for a material (draft or 补正) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        certificateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepts: {
                                certificateTypes: string[];
                                exchangeSource: string | null;
                                upload: boolean;
                            };
                            attached: {
                                /** Format: date-time */
                                attachedAt: string;
                                fileId: string | null;
                                reference: string | null;
                                source: "upload" | "certificate" | "exchange";
                            } | null;
                            code: string;
                            core: boolean;
                            name: {
                                en: string;
                                zh: string;
                            };
                            required: boolean;
                            /** @description certificates in the applicant's wallet that would do (减材料): offered, attached only when confirmed */
                            reusable: {
                                /** Format: uuid */
                                certificateId: string;
                                /** Format: date-time */
                                issuedAt: string;
                                issuer: {
                                    en: string;
                                    zh: string;
                                };
                                type: string;
                                typeName: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/materials/{code}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 数据共享 Fetch a material from the department that holds it, with this case as purpose (draft or 补正) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                [key: string]: unknown;
                            } | null;
                            found: boolean;
                            materials: {
                                accepts: {
                                    certificateTypes: string[];
                                    exchangeSource: string | null;
                                    upload: boolean;
                                };
                                attached: {
                                    /** Format: date-time */
                                    attachedAt: string;
                                    fileId: string | null;
                                    reference: string | null;
                                    source: "upload" | "certificate" | "exchange";
                                } | null;
                                code: string;
                                core: boolean;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                required: boolean;
                                /** @description certificates in the applicant's wallet that would do (减材料): offered, attached only when confirmed */
                                reusable: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    /** Format: date-time */
                                    issuedAt: string;
                                    issuer: {
                                        en: string;
                                        zh: string;
                                    };
                                    type: string;
                                    typeName: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                            }[];
                            /** Format: uuid */
                            queryId: string;
                            signedAnswer: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/materials/{code}/fetched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a data source answered for a material, with the source department's signature */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answeredAt: string;
                            data: {
                                [key: string]: unknown;
                            } | null;
                            found: boolean;
                            /** Format: uuid */
                            queryId: string;
                            /** @description compact JWS by the source department */
                            signedAnswer: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            comment: string | null;
                            createdAt: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            /**
                             * @description 非常满意 … 非常不满意
                             * @enum {unknown}
                             */
                            level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                            rectification: {
                                dueOn: string;
                                id: string;
                                raterAnsweredAt: string | null;
                                raterComment: string | null;
                                raterSatisfied: boolean | null;
                                repliedAt: string | null;
                                reply: string | null;
                                status: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 好差评 Rate a finished case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        /**
                         * @description 非常满意 … 非常不满意
                         * @enum {unknown}
                         */
                        level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            comment: string | null;
                            createdAt: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            /**
                             * @description 非常满意 … 非常不满意
                             * @enum {unknown}
                             */
                            level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                            rectification: {
                                dueOn: string;
                                id: string;
                                raterAnsweredAt: string | null;
                                raterComment: string | null;
                                raterSatisfied: boolean | null;
                                repliedAt: string | null;
                                reply: string | null;
                                status: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/rating/reply-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改满意度 Tell the department whether its reply to a bad rating satisfied you */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        satisfied: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            comment: string | null;
                            createdAt: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            /**
                             * @description 非常满意 … 非常不满意
                             * @enum {unknown}
                             */
                            level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                            rectification: {
                                dueOn: string;
                                id: string;
                                raterAnsweredAt: string | null;
                                raterComment: string | null;
                                raterSatisfied: boolean | null;
                                repliedAt: string | null;
                                reply: string | null;
                                status: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 减材料 Which materials came by hand and which were reused */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byHand: number;
                            fromCertificates: number;
                            fromExchange: number;
                            materials: {
                                code: string;
                                source: "upload" | "certificate" | "exchange";
                            }[];
                            rate: number | null;
                            reused: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整信息 Show one sensitive field in the clear (logged in the applicant's data-access log) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description JSON pointer into formData, from maskedFields */
                        field: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: string;
                            /**
                             * JsonValue
                             * @description the field's value in the clear, as the form's schema describes it
                             */
                            value: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交草稿 Submit a draft (a retry returns the case) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description each material: an uploaded file, or a certificate from the wallet */
                        materials?: {
                            /**
                             * Format: uuid
                             * @description a certificate from the applicant's wallet, reused instead of an upload (减材料)
                             */
                            certificateId?: string;
                            code: string;
                            /** Format: uuid */
                            fileId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交补正 Answer a supplement request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * JsonObject
                         * @description the item's form, checked against its JSON Schema
                         */
                        formData?: {
                            [key: string]: unknown;
                        };
                        /** @description each material: an uploaded file, or a certificate from the wallet */
                        materials?: {
                            /**
                             * Format: uuid
                             * @description a certificate from the applicant's wallet, reused instead of an upload (减材料)
                             */
                            certificateId?: string;
                            code: string;
                            /** Format: uuid */
                            fileId?: string;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/supplement-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 要求补正 Ask for exactly what is missing (the clock stops) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            reason: string;
                            /** @description /formData/… or material:<code> */
                            target: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件进度 Who did what, when and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            details: {
                                [key: string]: unknown;
                            };
                            kind: string;
                            message: {
                                en: string;
                                zh: string;
                            };
                            /** @description false: an internal note, for the case's staff only */
                            public: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始申请（预填） Start a draft, prefilled from what we know */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * JsonObject
                         * @description the item's form, checked against its JSON Schema
                         */
                        formData?: {
                            [key: string]: unknown;
                        };
                        itemCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            prefilled: {
                                pointer: string;
                                source: string;
                            }[];
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 实名注册 Register as a citizen (real-name level 1)
         * @description Answers 202 with the same body whether or not the ID number is already on record, so it reveals nothing about who is registered. A new ID number can sign in at once; a person already on record (for example registered at a window) opens their account at a window with their ID card.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公民身份号码 (GB 11643) */
                        idNumber: string;
                        name: string;
                        password: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {string} */
                            status: "received";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in with a username or ID number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identifier: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            accountId: string;
                            csrfToken: string;
                            expiresAt: string;
                            /** @description For programs (Authorization: Bearer). Browsers use the HttpOnly cookie. */
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bundle-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一件事一次办 Apply for a life event at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bundleCode: string;
                        /**
                         * Format: uuid
                         * @description the life event's server draft: deleted with the submission
                         */
                        draftId?: string;
                        forms: {
                            [key: string]: {
                                [key: string]: unknown;
                            };
                        };
                        /** @description a retried submit with the same key returns the first case */
                        idempotencyKey?: string;
                        materials?: {
                            [key: string]: {
                                /**
                                 * Format: uuid
                                 * @description a certificate from the applicant's wallet, reused instead of an upload (减材料)
                                 */
                                certificateId?: string;
                                code: string;
                                /** Format: uuid */
                                fileId?: string;
                            }[];
                        };
                        sharedData: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                acceptedAt: string | null;
                                applicant: {
                                    enterpriseId: string | null;
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                bundleApplicationId: string | null;
                                bundleNumber: string | null;
                                /** @description whether this reader may reveal a masked field (查看完整信息) */
                                canReveal: boolean;
                                channel: string;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                departmentCode: string;
                                dueOn: string | null;
                                /**
                                 * JsonObject
                                 * @description free-form JSON whose shape a published schema describes
                                 */
                                formData: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                /** Format: uuid */
                                itemVersionId: string;
                                /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                                maskedFields: string[];
                                materials: {
                                    code: string;
                                    fileId: string | null;
                                    source: string;
                                }[];
                                number: string | null;
                                openSupplementRequest: {
                                    /** Format: uuid */
                                    id: string;
                                    items: {
                                        reason: string;
                                        target: string;
                                    }[];
                                    /** Format: date-time */
                                    requestedAt: string;
                                } | null;
                                pausedWorkingDays: number;
                                regionCode: string;
                                status: string;
                                submittedAt: string | null;
                                tasks: {
                                    /** Format: uuid */
                                    applicationId: string;
                                    assigneeAccountId: string | null;
                                    decidedAt: string | null;
                                    departmentCode: string;
                                    /** Format: uuid */
                                    departmentId: string;
                                    dueOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    openedAt: string | null;
                                    reason: string | null;
                                    stage: number;
                                    status: string;
                                    timeLimit: {
                                        light: ("green" | "yellow" | "red") | null;
                                        /** @description the clock stands still during 补正 */
                                        paused: boolean;
                                        remainingWorkingDays: number | null;
                                    };
                                }[];
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                                timeLimitDays: number;
                            }[];
                            bundleCode: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                acceptedAt: string | null;
                                applicant: {
                                    enterpriseId: string | null;
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                bundleApplicationId: string | null;
                                bundleNumber: string | null;
                                /** @description whether this reader may reveal a masked field (查看完整信息) */
                                canReveal: boolean;
                                channel: string;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                departmentCode: string;
                                dueOn: string | null;
                                /**
                                 * JsonObject
                                 * @description free-form JSON whose shape a published schema describes
                                 */
                                formData: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                /** Format: uuid */
                                itemVersionId: string;
                                /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                                maskedFields: string[];
                                materials: {
                                    code: string;
                                    fileId: string | null;
                                    source: string;
                                }[];
                                number: string | null;
                                openSupplementRequest: {
                                    /** Format: uuid */
                                    id: string;
                                    items: {
                                        reason: string;
                                        target: string;
                                    }[];
                                    /** Format: date-time */
                                    requestedAt: string;
                                } | null;
                                pausedWorkingDays: number;
                                regionCode: string;
                                status: string;
                                submittedAt: string | null;
                                tasks: {
                                    /** Format: uuid */
                                    applicationId: string;
                                    assigneeAccountId: string | null;
                                    decidedAt: string | null;
                                    departmentCode: string;
                                    /** Format: uuid */
                                    departmentId: string;
                                    dueOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    openedAt: string | null;
                                    reason: string | null;
                                    stage: number;
                                    status: string;
                                    timeLimit: {
                                        light: ("green" | "yellow" | "red") | null;
                                        /** @description the clock stands still during 补正 */
                                        paused: boolean;
                                        remainingWorkingDays: number | null;
                                    };
                                }[];
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                                timeLimitDays: number;
                            }[];
                            bundleCode: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bundle-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applications: {
                                acceptedAt: string | null;
                                applicant: {
                                    enterpriseId: string | null;
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                bundleApplicationId: string | null;
                                bundleNumber: string | null;
                                /** @description whether this reader may reveal a masked field (查看完整信息) */
                                canReveal: boolean;
                                channel: string;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                departmentCode: string;
                                dueOn: string | null;
                                /**
                                 * JsonObject
                                 * @description free-form JSON whose shape a published schema describes
                                 */
                                formData: {
                                    [key: string]: unknown;
                                };
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                /** Format: uuid */
                                itemVersionId: string;
                                /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                                maskedFields: string[];
                                materials: {
                                    code: string;
                                    fileId: string | null;
                                    source: string;
                                }[];
                                number: string | null;
                                openSupplementRequest: {
                                    /** Format: uuid */
                                    id: string;
                                    items: {
                                        reason: string;
                                        target: string;
                                    }[];
                                    /** Format: date-time */
                                    requestedAt: string;
                                } | null;
                                pausedWorkingDays: number;
                                regionCode: string;
                                status: string;
                                submittedAt: string | null;
                                tasks: {
                                    /** Format: uuid */
                                    applicationId: string;
                                    assigneeAccountId: string | null;
                                    decidedAt: string | null;
                                    departmentCode: string;
                                    /** Format: uuid */
                                    departmentId: string;
                                    dueOn: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    openedAt: string | null;
                                    reason: string | null;
                                    stage: number;
                                    status: string;
                                    timeLimit: {
                                        light: ("green" | "yellow" | "red") | null;
                                        /** @description the clock stands still during 补正 */
                                        paused: boolean;
                                        remainingWorkingDays: number | null;
                                    };
                                }[];
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                                timeLimitDays: number;
                            }[];
                            bundleCode: string;
                            /** Format: uuid */
                            id: string;
                            number: string;
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bundle-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的一件事草稿 My life-event drafts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                reuse: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    code: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                uploads: {
                                    code: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                values: {
                                    [key: string]: {
                                        [key: string]: unknown;
                                    };
                                };
                            };
                            bundleCode: string;
                            bundleName: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            prefilled: {
                                field: string;
                                source: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 开始或继续一件事草稿 Start a life event's draft, or get the one already saved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bundleCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                reuse: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    code: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                uploads: {
                                    code: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                values: {
                                    [key: string]: {
                                        [key: string]: unknown;
                                    };
                                };
                            };
                            bundleCode: string;
                            bundleName: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            prefilled: {
                                field: string;
                                source: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                reuse: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    code: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                uploads: {
                                    code: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                values: {
                                    [key: string]: {
                                        [key: string]: unknown;
                                    };
                                };
                            };
                            bundleCode: string;
                            bundleName: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            prefilled: {
                                field: string;
                                source: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bundle-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                reuse: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    code: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                uploads: {
                                    code: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                values: {
                                    [key: string]: {
                                        [key: string]: unknown;
                                    };
                                };
                            };
                            bundleCode: string;
                            bundleName: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            prefilled: {
                                field: string;
                                source: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** 保存一件事草稿 Save a life event's answers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            reuse: {
                                /** Format: uuid */
                                certificateId: string;
                                code: string;
                                /** @description 'shared' or an item code */
                                scope: string;
                            }[];
                            uploads: {
                                code: string;
                                /** Format: uuid */
                                fileId: string;
                                name: string;
                                /** @description 'shared' or an item code */
                                scope: string;
                            }[];
                            values: {
                                [key: string]: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                reuse: {
                                    /** Format: uuid */
                                    certificateId: string;
                                    code: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                uploads: {
                                    code: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    /** @description 'shared' or an item code */
                                    scope: string;
                                }[];
                                values: {
                                    [key: string]: {
                                        [key: string]: unknown;
                                    };
                                };
                            };
                            bundleCode: string;
                            bundleName: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            prefilled: {
                                field: string;
                                source: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** 删除一件事草稿 Discard a life event's draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            discarded: true;
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历 Days off and make-up working days of a year */
        get: {
            parameters: {
                query: {
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    region?: string;
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: {
                                day: string;
                                /** @description holiday: a day off (放假); workday: a make-up working day (调休上班) */
                                kind: "holiday" | "workday";
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description '' for the national calendar */
                                regionCode: string;
                                /** @description ISO weekday: 1 Monday … 7 Sunday */
                                weekday: number;
                            }[];
                            /** @description false until the State Council's notice for the year is entered: only weekends are off */
                            nationalDataKnown: boolean;
                            regionCode: string | null;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{day}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a day off or a make-up working day, nationwide or for a region */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A date, YYYY-MM-DD (China time) */
                    day: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description holiday: a day off (放假); workday: a make-up working day (调休上班) */
                        kind: "holiday" | "workday";
                        nameEn: string;
                        nameZh: string;
                        /** @description GB/T 2260 code whose whole area the entry covers; '' nationwide */
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            /** @description holiday: a day off (放假); workday: a make-up working day (调休上班) */
                            kind: "holiday" | "workday";
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** @description '' for the national calendar */
                            regionCode: string;
                            /** @description ISO weekday: 1 Monday … 7 Sunday */
                            weekday: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove an entered day (the shipped national data can only be overridden) */
        delete: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code whose whole area the entry covers; '' nationwide */
                    region?: string;
                };
                header?: never;
                path: {
                    /** @description A date, YYYY-MM-DD (China time) */
                    day: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事清单 Life events */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            department: string | null;
                            /** @enum {unknown} */
                            kind: "item" | "bundle";
                            name: {
                                en: string;
                                zh: string;
                            };
                            regions: string[];
                            summary: {
                                en: string;
                                zh: string;
                            };
                            type?: {
                                en: string;
                                zh: string;
                            };
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            definition: {
                                /** @description stable kebab-case code */
                                code: string;
                                /** @description the items this life event needs, applied for at once */
                                items: string[];
                                keywords?: string[];
                                /** @description a material about one person (the father's ID card): the applicant's own certificates are offered for it only when the shared field says the applicant is that person */
                                materialHolders?: {
                                    equals: string;
                                    field: string;
                                    /** @description stable kebab-case code */
                                    material: string;
                                }[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description answers the life event itself gives (a newborn's insurance category is "newborn"), shown on the check page, never asked */
                                presets?: {
                                    /** @description stable kebab-case code */
                                    item: string;
                                    pointer: string;
                                    /**
                                     * JsonValue
                                     * @description set at the pointer of the item's form
                                     */
                                    value: unknown;
                                }[];
                                regions: string[];
                                /** @description one page per section, one question per fact: when present, only the shared fields are asked (the items' own prefill bindings still apply) */
                                sections?: {
                                    key: string;
                                    title: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /** @description entered once, copied into each item's form */
                                sharedFields: {
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                    mapsTo: {
                                        /** @description stable kebab-case code */
                                        item: string;
                                        pointer: string;
                                    }[];
                                    name: string;
                                    /**
                                     * @description filled in the draft from what the platform holds, shown with its source, and editable
                                     * @enum {unknown}
                                     */
                                    prefill?: "applicant.name" | "applicant.idNumber" | "applicant.phone" | "spouse.name" | "spouse.idNumber";
                                    /** @description false: may be left blank (default: required) */
                                    required?: boolean;
                                    /**
                                     * JsonSchema
                                     * @description JSON Schema 2020-12 of the shared field
                                     */
                                    schema: {
                                        [key: string]: unknown;
                                    };
                                    /** @description the key of the section (page) it is asked on */
                                    section?: string;
                                }[];
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                            };
                            id: string;
                            publishedAt: string;
                            version: number;
                            versionId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/bundles/{code}/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件事办事指南 One guide and one set of materials for a life event */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bundle: {
                                code: string;
                                definition: {
                                    /** @description stable kebab-case code */
                                    code: string;
                                    /** @description the items this life event needs, applied for at once */
                                    items: string[];
                                    keywords?: string[];
                                    /** @description a material about one person (the father's ID card): the applicant's own certificates are offered for it only when the shared field says the applicant is that person */
                                    materialHolders?: {
                                        equals: string;
                                        field: string;
                                        /** @description stable kebab-case code */
                                        material: string;
                                    }[];
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description answers the life event itself gives (a newborn's insurance category is "newborn"), shown on the check page, never asked */
                                    presets?: {
                                        /** @description stable kebab-case code */
                                        item: string;
                                        pointer: string;
                                        /**
                                         * JsonValue
                                         * @description set at the pointer of the item's form
                                         */
                                        value: unknown;
                                    }[];
                                    regions: string[];
                                    /** @description one page per section, one question per fact: when present, only the shared fields are asked (the items' own prefill bindings still apply) */
                                    sections?: {
                                        key: string;
                                        title: {
                                            en: string;
                                            zh: string;
                                        };
                                    }[];
                                    /** @description entered once, copied into each item's form */
                                    sharedFields: {
                                        label: {
                                            en: string;
                                            zh: string;
                                        };
                                        mapsTo: {
                                            /** @description stable kebab-case code */
                                            item: string;
                                            pointer: string;
                                        }[];
                                        name: string;
                                        /**
                                         * @description filled in the draft from what the platform holds, shown with its source, and editable
                                         * @enum {unknown}
                                         */
                                        prefill?: "applicant.name" | "applicant.idNumber" | "applicant.phone" | "spouse.name" | "spouse.idNumber";
                                        /** @description false: may be left blank (default: required) */
                                        required?: boolean;
                                        /**
                                         * JsonSchema
                                         * @description JSON Schema 2020-12 of the shared field
                                         */
                                        schema: {
                                            [key: string]: unknown;
                                        };
                                        /** @description the key of the section (page) it is asked on */
                                        section?: string;
                                    }[];
                                    summary: {
                                        en: string;
                                        zh: string;
                                    };
                                };
                                id: string;
                                publishedAt: string;
                                version: number;
                                versionId: string;
                            };
                            /** @description the longest item: parallel items finish together */
                            committedDays: number;
                            items: {
                                channels: string[];
                                code: string;
                                committedDays: number;
                                department: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                versionId: string;
                            }[];
                            /** @description one set of materials for the whole life event: a material several items need is listed once (一次提交) */
                            materials: {
                                certificateTypes: string[];
                                code: string;
                                exchangeSource: string | null;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                /** @description the items that need it */
                                neededBy: string[];
                                required: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项清单 Published service items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            department: string | null;
                            /** @enum {unknown} */
                            kind: "item" | "bundle";
                            name: {
                                en: string;
                                zh: string;
                            };
                            regions: string[];
                            summary: {
                                en: string;
                                zh: string;
                            };
                            type?: {
                                en: string;
                                zh: string;
                            };
                            version: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办事指南 The guide of a published item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            definition: {
                                applicantTypes: ("person" | "enterprise")[];
                                channels: ("online" | "window" | "post")[];
                                /** @description stable kebab-case code */
                                code: string;
                                /** @description a department code, looked up in each implementing region */
                                department: string;
                                faq?: {
                                    a: {
                                        en: string;
                                        zh: string;
                                    };
                                    q: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                fees: {
                                    amountYuan: number;
                                    basis?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /**
                                 * JsonSchema
                                 * @description JSON Schema 2020-12 of the application form; x-sections orders it, x-prefill binds fields, x-sensitive: true marks a field encrypted at rest and masked for staff (ID-number fields are, unless false)
                                 */
                                form: {
                                    [key: string]: unknown;
                                };
                                /** @description words people use for it, for search */
                                keywords?: string[];
                                legalBasis: {
                                    article?: string;
                                    title: string;
                                }[];
                                materials: {
                                    /** @description electronic certificates (电子证照) that satisfy it */
                                    certificateTypes?: string[];
                                    /** @description stable kebab-case code */
                                    code: string;
                                    /** @description a core material cannot be deferred under 容缺受理 */
                                    core?: boolean;
                                    description?: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description a data-exchange source that can supply it */
                                    exchangeSource?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                    upload?: {
                                        accept: ("application/pdf" | "image/jpeg" | "image/png")[];
                                        maxBytes: number;
                                    };
                                }[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                regions: string[];
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                timeLimits: {
                                    /** @description 承诺办结时限 (working days), at most the statutory limit */
                                    committedDays: number;
                                    /** @description 法定办结时限 (working days; 0 = on the spot) */
                                    statutoryDays: number;
                                };
                                /** @enum {unknown} */
                                type: "administrative_license" | "administrative_confirmation" | "administrative_payment" | "administrative_ruling" | "administrative_reward" | "public_service" | "other_power";
                                workflow: {
                                    /**
                                     * @description instant: online applications that pass the checks are accepted at once
                                     * @enum {unknown}
                                     */
                                    acceptance: "instant" | "clerk";
                                    /** @description 告知承诺制: accept on a signed commitment */
                                    allowCommitment?: boolean;
                                    /** @description 容缺受理: accept with non-core materials to follow */
                                    allowTolerance?: boolean;
                                    /** @description stable kebab-case code */
                                    resultCertificateType?: string;
                                    stages: {
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @description run in parallel (并联审批); all must finish before the stage closes */
                                        tasks: {
                                            /** @description a department code, looked up in each implementing region */
                                            department: string;
                                            name: {
                                                en: string;
                                                zh: string;
                                            };
                                            /** @description working days */
                                            timeLimitDays: number;
                                        }[];
                                    }[];
                                    /** @description working days to hand in what was deferred */
                                    toleranceDays?: number;
                                };
                            };
                            id: string;
                            publishedAt: string;
                            version: number;
                            versionId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存草稿 Save a draft (validated like a catalog file) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            definition: {
                                applicantTypes: ("person" | "enterprise")[];
                                channels: ("online" | "window" | "post")[];
                                /** @description stable kebab-case code */
                                code: string;
                                /** @description a department code, looked up in each implementing region */
                                department: string;
                                faq?: {
                                    a: {
                                        en: string;
                                        zh: string;
                                    };
                                    q: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                fees: {
                                    amountYuan: number;
                                    basis?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /**
                                 * JsonSchema
                                 * @description JSON Schema 2020-12 of the application form; x-sections orders it, x-prefill binds fields, x-sensitive: true marks a field encrypted at rest and masked for staff (ID-number fields are, unless false)
                                 */
                                form: {
                                    [key: string]: unknown;
                                };
                                /** @description words people use for it, for search */
                                keywords?: string[];
                                legalBasis: {
                                    article?: string;
                                    title: string;
                                }[];
                                materials: {
                                    /** @description electronic certificates (电子证照) that satisfy it */
                                    certificateTypes?: string[];
                                    /** @description stable kebab-case code */
                                    code: string;
                                    /** @description a core material cannot be deferred under 容缺受理 */
                                    core?: boolean;
                                    description?: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description a data-exchange source that can supply it */
                                    exchangeSource?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                    upload?: {
                                        accept: ("application/pdf" | "image/jpeg" | "image/png")[];
                                        maxBytes: number;
                                    };
                                }[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                regions: string[];
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                timeLimits: {
                                    /** @description 承诺办结时限 (working days), at most the statutory limit */
                                    committedDays: number;
                                    /** @description 法定办结时限 (working days; 0 = on the spot) */
                                    statutoryDays: number;
                                };
                                /** @enum {unknown} */
                                type: "administrative_license" | "administrative_confirmation" | "administrative_payment" | "administrative_ruling" | "administrative_reward" | "public_service" | "other_power";
                                workflow: {
                                    /**
                                     * @description instant: online applications that pass the checks are accepted at once
                                     * @enum {unknown}
                                     */
                                    acceptance: "instant" | "clerk";
                                    /** @description 告知承诺制: accept on a signed commitment */
                                    allowCommitment?: boolean;
                                    /** @description 容缺受理: accept with non-core materials to follow */
                                    allowTolerance?: boolean;
                                    /** @description stable kebab-case code */
                                    resultCertificateType?: string;
                                    stages: {
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @description run in parallel (并联审批); all must finish before the stage closes */
                                        tasks: {
                                            /** @description a department code, looked up in each implementing region */
                                            department: string;
                                            name: {
                                                en: string;
                                                zh: string;
                                            };
                                            /** @description working days */
                                            timeLimitDays: number;
                                        }[];
                                    }[];
                                    /** @description working days to hand in what was deferred */
                                    toleranceDays?: number;
                                };
                            };
                            publishedAt: string | null;
                            /** @description draft, published or retired */
                            status: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 Publish the draft as the next version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            definition: {
                                applicantTypes: ("person" | "enterprise")[];
                                channels: ("online" | "window" | "post")[];
                                /** @description stable kebab-case code */
                                code: string;
                                /** @description a department code, looked up in each implementing region */
                                department: string;
                                faq?: {
                                    a: {
                                        en: string;
                                        zh: string;
                                    };
                                    q: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                fees: {
                                    amountYuan: number;
                                    basis?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /**
                                 * JsonSchema
                                 * @description JSON Schema 2020-12 of the application form; x-sections orders it, x-prefill binds fields, x-sensitive: true marks a field encrypted at rest and masked for staff (ID-number fields are, unless false)
                                 */
                                form: {
                                    [key: string]: unknown;
                                };
                                /** @description words people use for it, for search */
                                keywords?: string[];
                                legalBasis: {
                                    article?: string;
                                    title: string;
                                }[];
                                materials: {
                                    /** @description electronic certificates (电子证照) that satisfy it */
                                    certificateTypes?: string[];
                                    /** @description stable kebab-case code */
                                    code: string;
                                    /** @description a core material cannot be deferred under 容缺受理 */
                                    core?: boolean;
                                    description?: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description a data-exchange source that can supply it */
                                    exchangeSource?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                    upload?: {
                                        accept: ("application/pdf" | "image/jpeg" | "image/png")[];
                                        maxBytes: number;
                                    };
                                }[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                regions: string[];
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                timeLimits: {
                                    /** @description 承诺办结时限 (working days), at most the statutory limit */
                                    committedDays: number;
                                    /** @description 法定办结时限 (working days; 0 = on the spot) */
                                    statutoryDays: number;
                                };
                                /** @enum {unknown} */
                                type: "administrative_license" | "administrative_confirmation" | "administrative_payment" | "administrative_ruling" | "administrative_reward" | "public_service" | "other_power";
                                workflow: {
                                    /**
                                     * @description instant: online applications that pass the checks are accepted at once
                                     * @enum {unknown}
                                     */
                                    acceptance: "instant" | "clerk";
                                    /** @description 告知承诺制: accept on a signed commitment */
                                    allowCommitment?: boolean;
                                    /** @description 容缺受理: accept with non-core materials to follow */
                                    allowTolerance?: boolean;
                                    /** @description stable kebab-case code */
                                    resultCertificateType?: string;
                                    stages: {
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @description run in parallel (并联审批); all must finish before the stage closes */
                                        tasks: {
                                            /** @description a department code, looked up in each implementing region */
                                            department: string;
                                            name: {
                                                en: string;
                                                zh: string;
                                            };
                                            /** @description working days */
                                            timeLimitDays: number;
                                        }[];
                                    }[];
                                    /** @description working days to hand in what was deferred */
                                    toleranceDays?: number;
                                };
                            };
                            id: string;
                            publishedAt: string;
                            version: number;
                            versionId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项版本 Versions, drafts included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            definition: {
                                applicantTypes: ("person" | "enterprise")[];
                                channels: ("online" | "window" | "post")[];
                                /** @description stable kebab-case code */
                                code: string;
                                /** @description a department code, looked up in each implementing region */
                                department: string;
                                faq?: {
                                    a: {
                                        en: string;
                                        zh: string;
                                    };
                                    q: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                fees: {
                                    amountYuan: number;
                                    basis?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                /**
                                 * JsonSchema
                                 * @description JSON Schema 2020-12 of the application form; x-sections orders it, x-prefill binds fields, x-sensitive: true marks a field encrypted at rest and masked for staff (ID-number fields are, unless false)
                                 */
                                form: {
                                    [key: string]: unknown;
                                };
                                /** @description words people use for it, for search */
                                keywords?: string[];
                                legalBasis: {
                                    article?: string;
                                    title: string;
                                }[];
                                materials: {
                                    /** @description electronic certificates (电子证照) that satisfy it */
                                    certificateTypes?: string[];
                                    /** @description stable kebab-case code */
                                    code: string;
                                    /** @description a core material cannot be deferred under 容缺受理 */
                                    core?: boolean;
                                    description?: {
                                        en: string;
                                        zh: string;
                                    };
                                    /** @description a data-exchange source that can supply it */
                                    exchangeSource?: string;
                                    name: {
                                        en: string;
                                        zh: string;
                                    };
                                    required: boolean;
                                    upload?: {
                                        accept: ("application/pdf" | "image/jpeg" | "image/png")[];
                                        maxBytes: number;
                                    };
                                }[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                regions: string[];
                                summary: {
                                    en: string;
                                    zh: string;
                                };
                                timeLimits: {
                                    /** @description 承诺办结时限 (working days), at most the statutory limit */
                                    committedDays: number;
                                    /** @description 法定办结时限 (working days; 0 = on the spot) */
                                    statutoryDays: number;
                                };
                                /** @enum {unknown} */
                                type: "administrative_license" | "administrative_confirmation" | "administrative_payment" | "administrative_ruling" | "administrative_reward" | "public_service" | "other_power";
                                workflow: {
                                    /**
                                     * @description instant: online applications that pass the checks are accepted at once
                                     * @enum {unknown}
                                     */
                                    acceptance: "instant" | "clerk";
                                    /** @description 告知承诺制: accept on a signed commitment */
                                    allowCommitment?: boolean;
                                    /** @description 容缺受理: accept with non-core materials to follow */
                                    allowTolerance?: boolean;
                                    /** @description stable kebab-case code */
                                    resultCertificateType?: string;
                                    stages: {
                                        name: {
                                            en: string;
                                            zh: string;
                                        };
                                        /** @description run in parallel (并联审批); all must finish before the stage closes */
                                        tasks: {
                                            /** @description a department code, looked up in each implementing region */
                                            department: string;
                                            name: {
                                                en: string;
                                                zh: string;
                                            };
                                            /** @description working days */
                                            timeLimitDays: number;
                                        }[];
                                    }[];
                                    /** @description working days to hand in what was deferred */
                                    toleranceDays?: number;
                                };
                            };
                            publishedAt: string | null;
                            /** @description draft, published or retired */
                            status: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项检索 Search services (colloquial Chinese works) */
        get: {
            parameters: {
                query: {
                    applicantType?: "person" | "enterprise";
                    department?: string;
                    kind?: "item" | "bundle";
                    limit?: number;
                    q: string;
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description official term → the words in the query that brought it in */
                            expandedFrom: {
                                [key: string]: string;
                            };
                            results: {
                                code: string;
                                department: string | null;
                                kind: string;
                                matched: string[];
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                score: number;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 电子证照目录 Certificate types and their claims */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                            }[];
                            code: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            validityYears: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证照 My certificates (or the enterprise's I act for) */
        get: {
            parameters: {
                query?: {
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string | null;
                            claims: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                /**
                                 * JsonValue
                                 * @description a JSON value whose shape a published schema describes
                                 */
                                value: unknown;
                            }[];
                            expiresAt: string | null;
                            holder: {
                                /** Format: uuid */
                                id: string;
                                kind: "person" | "enterprise";
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            issuedAt: string;
                            issuer: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            };
                            status: "valid" | "revoked" | "suspended" | "expired";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            type: string;
                            typeName: {
                                en: string;
                                zh: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string | null;
                            claims: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                /**
                                 * JsonValue
                                 * @description a JSON value whose shape a published schema describes
                                 */
                                value: unknown;
                            }[];
                            expiresAt: string | null;
                            holder: {
                                /** Format: uuid */
                                id: string;
                                kind: "person" | "enterprise";
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            issuedAt: string;
                            issuer: {
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                            };
                            status: "valid" | "revoked" | "suspended" | "expired";
                            statusName: {
                                en: string;
                                zh: string;
                            };
                            type: string;
                            typeName: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the certificate as an SD-JWT VC */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My shares of a certificate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            certificateId: string;
                            claims: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            link: string;
                            /** @description the SD-JWT presentation with the holder's key-binding proof */
                            presentation: string;
                            qrSvg: string;
                            verifier: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 亮证 Share chosen claims with one verifier for a while (QR code and link) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claims: string[];
                        validMinutes: number;
                        verifier: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            certificateId: string;
                            claims: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            link: string;
                            /** @description the SD-JWT presentation with the holder's key-binding proof */
                            presentation: string;
                            qrSvg: string;
                            verifier: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销 / 暂停 / 恢复 Revoke, suspend or reinstate (issuing department) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        action: "revoke" | "suspend" | "reinstate";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            reason: string | null;
                            status: "valid" | "revoked" | "suspended" | "expired";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            given: {
                                agent: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                /** Format: uuid */
                                id: string;
                                live: boolean;
                                note: string | null;
                                principal: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                revokedAt: string | null;
                                scopes: string[];
                                validFrom: string;
                                validUntil: string;
                            }[];
                            received: {
                                agent: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                /** Format: uuid */
                                id: string;
                                live: boolean;
                                note: string | null;
                                principal: {
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                };
                                revokedAt: string | null;
                                scopes: string[];
                                validFrom: string;
                                validUntil: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 授权他人代办 Authorise someone to act for me */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公民身份号码 (GB 11643) */
                        agentIdNumber: string;
                        agentName: string;
                        note?: string;
                        scopes: ("profile.read" | "applications.submit" | "applications.read" | "certificates.read")[];
                        /** Format: date-time */
                        validFrom?: string;
                        /** Format: date-time */
                        validUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            /** Format: uuid */
                            id: string;
                            live: boolean;
                            note: string | null;
                            principal: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            revokedAt: string | null;
                            scopes: string[];
                            validFrom: string;
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agent: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            /** Format: uuid */
                            id: string;
                            live: boolean;
                            note: string | null;
                            principal: {
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            revokedAt: string | null;
                            scopes: string[];
                            validFrom: string;
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: string;
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            code: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            phone: string | null;
                            regionCode: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        code: string;
                        creditCode: string;
                        kind: string;
                        nameEn: string;
                        nameZh: string;
                        phone?: string;
                        /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            code: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            phone: string | null;
                            regionCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            code: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            phone: string | null;
                            regionCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        nameEn?: string;
                        nameZh?: string;
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            code: string;
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            phone: string | null;
                            regionCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode: string;
                        /** @description GB/T 4754 */
                        industryCode?: string;
                        /** @description 公民身份号码 (GB 11643) */
                        legalRepresentativeIdNumber: string;
                        name: string;
                        regionCode: string;
                        /** Format: date */
                        registeredOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            /** Format: uuid */
                            legalRepresentativeId: string;
                            name: string;
                            regionCode: string;
                            registeredOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            /** Format: uuid */
                            legalRepresentativeId: string;
                            name: string;
                            regionCode: string;
                            registeredOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            enterpriseId: string;
                            /** Format: uuid */
                            id: string;
                            live: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            revokedAt: string | null;
                            scopes: string[];
                            validFrom: string;
                            validUntil: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 授权经办人 Authorise an agent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公民身份号码 (GB 11643) */
                        idNumber: string;
                        name: string;
                        scopes: ("enterprise.read" | "applications.submit" | "applications.read" | "agents.manage")[];
                        /** Format: date-time */
                        validFrom?: string;
                        /** Format: date-time */
                        validUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            enterpriseId: string;
                            /** Format: uuid */
                            id: string;
                            live: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            revokedAt: string | null;
                            scopes: string[];
                            validFrom: string;
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    agentId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            enterpriseId: string;
                            /** Format: uuid */
                            id: string;
                            live: boolean;
                            /** Format: uuid */
                            personId: string;
                            personName: string;
                            revokedAt: string | null;
                            scopes: string[];
                            validFrom: string;
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接入系统 Machine clients of my department */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            departmentId: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 签发接入凭据 Issue client credentials (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            /** @description shown once, never again */
                            clientSecret: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            departmentId: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 注销接入系统 Revoke a machine client */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            departmentId: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            revokedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 共享授权 Grants of my department's sources and to my department */
        get: {
            parameters: {
                query?: {
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: boolean;
                            batchLegalBasis: string | null;
                            /** Format: uuid */
                            consumerDepartmentId: string;
                            /** Format: date-time */
                            createdAt: string;
                            grantedBy: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            live: boolean;
                            purposes: {
                                anyPurpose: boolean;
                                itemCodes: string[];
                            };
                            revokedAt: string | null;
                            revokeReason: string | null;
                            source: string;
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 授权共享 Grant a consuming department a source for stated purposes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description any live case of the consumer (never a query without a case) */
                        anyPurpose?: boolean;
                        /** @description 批量查询: many subjects without cases in a short window */
                        batch?: boolean;
                        batchLegalBasis?: string;
                        /** Format: uuid */
                        consumerDepartmentId: string;
                        itemCodes?: string[];
                        legalBasis: string;
                        source: string;
                        /** Format: date-time */
                        validFrom?: string;
                        /** Format: date-time */
                        validUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: boolean;
                            batchLegalBasis: string | null;
                            /** Format: uuid */
                            consumerDepartmentId: string;
                            /** Format: date-time */
                            createdAt: string;
                            grantedBy: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            live: boolean;
                            purposes: {
                                anyPurpose: boolean;
                                itemCodes: string[];
                            };
                            revokedAt: string | null;
                            revokeReason: string | null;
                            source: string;
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/grants/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销授权 Revoke a grant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: boolean;
                            batchLegalBasis: string | null;
                            /** Format: uuid */
                            consumerDepartmentId: string;
                            /** Format: date-time */
                            createdAt: string;
                            grantedBy: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            live: boolean;
                            purposes: {
                                anyPurpose: boolean;
                                itemCodes: string[];
                            };
                            revokedAt: string | null;
                            revokeReason: string | null;
                            source: string;
                            /** Format: date-time */
                            validFrom: string;
                            /** Format: date-time */
                            validUntil: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/queries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 共享查询 Ask a source for a subject's record, stating the purpose: a case, or an item code the grant names (法无授权不可为) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        consumerDepartmentId?: string;
                        purpose?: {
                            /** Format: uuid */
                            applicationId?: string;
                            itemCode?: string;
                            /** @description the caller's note, recorded; the grant's legal basis is what authorises */
                            legalBasis?: string;
                        };
                        source: string;
                        subject: {
                            /** Format: uuid */
                            enterpriseId?: string;
                            /** Format: uuid */
                            personId?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answeredAt: string;
                            data: {
                                [key: string]: unknown;
                            } | null;
                            found: boolean;
                            /** Format: uuid */
                            queryId: string;
                            /** @description compact JWS by the source department */
                            signedAnswer: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/queries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询结果 A stored answer (the consuming department, the applicant of the case, the subject) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answeredAt: string;
                            data: {
                                [key: string]: unknown;
                            } | null;
                            found: boolean;
                            /** Format: uuid */
                            queryId: string;
                            /** @description compact JWS by the source department */
                            signedAnswer: string;
                            source: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监督检查 Queries flagged as possible misuse */
        get: {
            parameters: {
                query?: {
                    consumerDepartmentId?: string;
                    flag?: "case_not_live" | "no_case" | "many_subjects";
                    limit?: number;
                    since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string | null;
                            /** Format: date-time */
                            at: string;
                            clientId: string | null;
                            /** Format: uuid */
                            consumerDepartmentId: string;
                            flags: ("case_not_live" | "no_case" | "many_subjects")[];
                            found: boolean | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            outcome: "answered" | "refused";
                            purpose: {
                                applicationId: string | null;
                                itemCode: string | null;
                                legalBasis: string | null;
                            };
                            refusal: string | null;
                            source: string;
                            subjectEnterpriseId: string | null;
                            subjectKind: string;
                            subjectPersonId: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据目录 The data sources departments share */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** Format: uuid */
                            ownerDepartmentId: string;
                            /**
                             * JsonSchema
                             * @description JSON Schema 2020-12 of the source's records
                             */
                            schema: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "active" | "retired";
                            /** @enum {unknown} */
                            subjectKind: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记数据源 Register a data source (an admin of the owning department) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        legalBasis: string;
                        name: {
                            en: string;
                            zh: string;
                        };
                        /** Format: uuid */
                        ownerDepartmentId: string;
                        schema: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        subjectKind: "person" | "enterprise";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** Format: uuid */
                            ownerDepartmentId: string;
                            /**
                             * JsonSchema
                             * @description JSON Schema 2020-12 of the source's records
                             */
                            schema: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "active" | "retired";
                            /** @enum {unknown} */
                            subjectKind: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/sources/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** Format: uuid */
                            ownerDepartmentId: string;
                            /**
                             * JsonSchema
                             * @description JSON Schema 2020-12 of the source's records
                             */
                            schema: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "active" | "retired";
                            /** @enum {unknown} */
                            subjectKind: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改数据源 Update a data source */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalBasis?: string;
                        name?: {
                            en: string;
                            zh: string;
                        };
                        schema?: {
                            [key: string]: unknown;
                        };
                        /** @enum {unknown} */
                        status?: "active" | "retired";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            legalBasis: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** Format: uuid */
                            ownerDepartmentId: string;
                            /**
                             * JsonSchema
                             * @description JSON Schema 2020-12 of the source's records
                             */
                            schema: {
                                [key: string]: unknown;
                            };
                            /** @enum {unknown} */
                            status: "active" | "retired";
                            /** @enum {unknown} */
                            subjectKind: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/exchange/sources/{code}/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据源签名公钥 The JWKS that verifies the source department's signed answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                alg: string;
                                crv?: string;
                                e?: string;
                                kid: string;
                                kty: string;
                                n?: string;
                                /** @enum {string} */
                                use: "sig";
                                x?: string;
                                y?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/sources/{code}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 发布记录（前置库） Publish the record of one subject */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                        subject: {
                            idNumber: string;
                        } | {
                            creditCode: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            publishedAt: string;
                            replaced: boolean;
                            source: string;
                            subjectMasked: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接入令牌 OAuth 2.0 client credentials: a short-lived bearer token (form or JSON; client_secret_basic or _post) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        client_id?: string;
                        client_secret?: string;
                        grant_type: string;
                        scope?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            expires_in: number;
                            scope: string;
                            /** @enum {string} */
                            token_type: "Bearer";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts/{subject}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 记录事实 Record facts about a person or an enterprise */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    subject: "person" | "enterprise";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        facts: {
                            [key: string]: number | string | boolean | null;
                        };
                        source: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: number | string | boolean | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传材料 Upload a material (multipart/form-data, field "file": PDF, JPEG or PNG)
         * @description The file belongs to the signed-in person, or to the person they act for (X-Acting-For). Its type is judged by its content. One file per request: only the first file part is stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Detected from the content: application/pdf, image/jpeg or image/png */
                            mediaType: string;
                            originalName: string;
                            sha256: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料信息 File details (staff state a purpose) */
        get: {
            parameters: {
                query?: {
                    /** @description Staff only: why the file is read, a case number or a legal basis (法无授权不可为) */
                    purpose?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @description Detected from the content: application/pdf, image/jpeg or image/png */
                            mediaType: string;
                            originalName: string;
                            ownerPersonId: string | null;
                            sha256: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载材料 Download a file (staff state a purpose) */
        get: {
            parameters: {
                query?: {
                    /** @description Staff only: why the file is read, a case number or a legal basis (法无授权不可为) */
                    purpose?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The bytes as uploaded, checked against their SHA-256 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/jpeg": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/png": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/jpeg": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/png": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/jpeg": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/png": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/jpeg": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                        "image/png": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/halls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            openingHours: string;
                            regionCode: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        nameEn: string;
                        nameZh: string;
                        openingHours: string;
                        /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                        regionCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            openingHours: string;
                            regionCode: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/halls/{id}/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentIds: string[];
                            /** Format: uuid */
                            hallId: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            number: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departmentIds: string[];
                        nameEn: string;
                        nameZh: string;
                        number: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            departmentIds: string[];
                            /** Format: uuid */
                            hallId: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            number: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息 My messages, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description the id of the last message of the previous page */
                    before?: string;
                    limit?: number;
                    unreadOnly?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            link: string | null;
                            readAt: string | null;
                            /** @description what the message is about, e.g. application.accepted */
                            template: string;
                            title: {
                                en: string;
                                zh: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读 Mark one of my messages read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: {
                                en: string;
                                zh: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            link: string | null;
                            readAt: string | null;
                            /** @description what the message is about, e.g. application.accepted */
                            template: string;
                            title: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读消息数 How many of my messages are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的信息与权限 Who am I, what may I do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what the UI may offer; the server enforces the same rules */
                            abilities: ("apply" | "act_for_enterprise" | "act_for_person" | "serve_walk_ins" | "review" | "manage_department" | "manage_platform" | "view_statistics" | "delegate")[];
                            account: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                                username: string | null;
                            };
                            actingFor: ({
                                authorizationId: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                /** @enum {string} */
                                kind: "enterprise";
                                scopes: string[];
                            } | {
                                /** Format: uuid */
                                delegationId: string;
                                /** @enum {string} */
                                kind: "person";
                                /** Format: uuid */
                                personId: string;
                                scopes: string[];
                            }) | null;
                            canActFor: {
                                enterprises: {
                                    as: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    scopes: string[];
                                }[];
                                persons: {
                                    /** Format: uuid */
                                    delegationId: string;
                                    name: string;
                                    /** Format: uuid */
                                    personId: string;
                                    scopes: string[];
                                }[];
                            };
                            person: {
                                birthDate: string;
                                householdRegionCode: string;
                                /** Format: uuid */
                                id: string;
                                idNumber?: string;
                                idNumberMasked: string;
                                name: string;
                                phoneMasked: string | null;
                                realNameLevel: number;
                                realNameMethod: string;
                                sex: "male" | "female";
                            } | null;
                            postings: {
                                departmentId: string | null;
                                regionCode: string | null;
                                /** @enum {unknown} */
                                role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                            }[];
                            roles: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 谁查阅了我的数据 Who read my personal data */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            actor: string;
                            at: string;
                            fields: string[];
                            purpose: string | null;
                            seq: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-access/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出我的数据访问记录 Download who read my personal data (CSV or JSON) */
        get: {
            parameters: {
                query?: {
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the log as CSV (default) or JSON, as a download */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            /** Format: date-time */
                            at: string;
                            client: string;
                            data: string;
                            department: string;
                            purpose: string;
                            queryId: string;
                            reader: string;
                            seq: number;
                        }[];
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            creditCode: string;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            /** Format: uuid */
                            legalRepresentativeId: string;
                            name: string;
                            regionCode: string;
                            registeredOn: string | null;
                        } & {
                            as: string;
                            scopes: string[];
                        })[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facts policies read about me, and where they came from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            definitions: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                /** @enum {unknown} */
                                type: "number" | "string" | "boolean" | "date";
                                values: string[] | null;
                            }[];
                            facts: {
                                [key: string]: number | string | boolean | null;
                            } | null;
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 通知设置 How I want to be told */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description whether this platform sends e-mail / text messages at all */
                            available: {
                                email: boolean;
                                sms: boolean;
                            };
                            email: string | null;
                            emailEnabled: boolean;
                            /** @description language of e-mail and SMS copies (the inbox always has both) */
                            language: "zh" | "en";
                            phoneMasked: string | null;
                            smsEnabled: boolean;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** 修改通知设置 Change how I want to be told */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        emailEnabled?: boolean;
                        /** @description language of e-mail and SMS copies (the inbox always has both) */
                        language?: "zh" | "en";
                        smsEnabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description whether this platform sends e-mail / text messages at all */
                            available: {
                                email: boolean;
                                sms: boolean;
                            };
                            email: string | null;
                            emailEnabled: boolean;
                            /** @description language of e-mail and SMS copies (the inbox always has both) */
                            language: "zh" | "en";
                            phoneMasked: string | null;
                            smsEnabled: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/policy-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策找人 Policies that found me, and why (each condition against my facts as they stand) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 免申即享: granted without an application unless the person opts out */
                            autoGrant: boolean;
                            canOptBackIn: boolean;
                            canOptOut: boolean;
                            conditions: {
                                holds: boolean | null;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            grantApplicationId: string | null;
                            grantDueAt: string | null;
                            itemCode: string | null;
                            /** Format: date-time */
                            matchedAt: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            optedOutAt: string | null;
                            outcome: string | null;
                            policyCode: string;
                            status: "matched" | "pending_grant" | "granted" | "opted_out";
                            summary: {
                                en: string;
                                zh: string;
                            };
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/policy-matches/{code}/opt-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免申即享 Opt back in after opting out (granted on the original date, or at once when it has passed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            grantDueAt: string;
                            /** @enum {string} */
                            status: "pending_grant";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/policy-matches/{code}/opt-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免申即享 Opt out before the grant */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "opted_out";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/prepared-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 无感智办 Services prepared for me (waiting, or confirmed and not yet applied for) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the portal page of the application */
                            applyPath: string;
                            bundleCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * JsonObject
                             * @description what we know, filled in for the application
                             */
                            prefill: {
                                [key: string]: unknown;
                            };
                            reason: {
                                en: string;
                                zh: string;
                            };
                            status: "ready" | "confirmed" | "dismissed";
                            title: {
                                en: string;
                                zh: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/prepared-services/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 无感智办 Confirm a prepared service in one press (then its application opens, with what we know filled in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the portal page of the application */
                            applyPath: string;
                            bundleCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * JsonObject
                             * @description what we know, filled in for the application
                             */
                            prefill: {
                                [key: string]: unknown;
                            };
                            reason: {
                                en: string;
                                zh: string;
                            };
                            status: "ready" | "confirmed" | "dismissed";
                            title: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/prepared-services/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 无感智办 Say a prepared service is not needed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the portal page of the application */
                            applyPath: string;
                            bundleCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * JsonObject
                             * @description what we know, filled in for the application
                             */
                            prefill: {
                                [key: string]: unknown;
                            };
                            reason: {
                                en: string;
                                zh: string;
                            };
                            status: "ready" | "confirmed" | "dismissed";
                            title: {
                                en: string;
                                zh: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/real-name-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 在线实名核验 Raise my real-name level to 2: my registered name and ID number checked against the household register
         * @description Only one's own record, with the name registered (no other name can be tried). 422 when the register does not agree: verify in person at a window (level 3) instead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            householdRegionCode: string;
                            /** Format: uuid */
                            id: string;
                            idNumber?: string;
                            idNumberMasked: string;
                            name: string;
                            phoneMasked: string | null;
                            realNameLevel: number;
                            realNameMethod: string;
                            sex: "male" | "female";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按身份号码查找人员 Find a person by ID number (purpose recorded) */
        get: {
            parameters: {
                query: {
                    /** @description 公民身份号码 (GB 11643) */
                    idNumber: string;
                    /** @description Why the data is read: a case number or a legal basis (法无授权不可为) */
                    purpose?: string;
                    reveal?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            householdRegionCode: string;
                            /** Format: uuid */
                            id: string;
                            idNumber?: string;
                            idNumberMasked: string;
                            name: string;
                            phoneMasked: string | null;
                            realNameLevel: number;
                            realNameMethod: string;
                            sex: "male" | "female";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 窗口登记自然人 Register a walk-in (real-name level 3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 公民身份号码 (GB 11643) */
                        idNumber: string;
                        name: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            householdRegionCode: string;
                            /** Format: uuid */
                            id: string;
                            idNumber?: string;
                            idNumberMasked: string;
                            name: string;
                            phoneMasked: string | null;
                            realNameLevel: number;
                            realNameMethod: string;
                            sex: "male" | "female";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Why the data is read: a case number or a legal basis (法无授权不可为) */
                    purpose?: string;
                    reveal?: boolean;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            householdRegionCode: string;
                            /** Format: uuid */
                            id: string;
                            idNumber?: string;
                            idNumberMasked: string;
                            name: string;
                            phoneMasked: string | null;
                            realNameLevel: number;
                            realNameMethod: string;
                            sex: "male" | "female";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口开通账号 Open the citizen account of a person on record, in person (real-name level 3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        /** @description Why the data is read: a case number or a legal basis (法无授权不可为) */
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                createdAt: string;
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                                personId: string | null;
                                postings: {
                                    departmentId: string | null;
                                    regionCode: string | null;
                                    /** @enum {unknown} */
                                    role: "citizen" | "enterprise_agent" | "window_clerk" | "reviewer" | "department_admin" | "platform_admin" | "leader";
                                }[];
                                status: "active" | "disabled";
                                username: string | null;
                            };
                            person: {
                                birthDate: string;
                                householdRegionCode: string;
                                /** Format: uuid */
                                id: string;
                                idNumber?: string;
                                idNumberMasked: string;
                                name: string;
                                phoneMasked: string | null;
                                realNameLevel: number;
                                realNameMethod: string;
                                sex: "male" | "female";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/real-name-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口实名核验 In-person identity check */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the data is read: a case number or a legal basis (法无授权不可为) */
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            householdRegionCode: string;
                            /** Format: uuid */
                            id: string;
                            idNumber?: string;
                            idNumberMasked: string;
                            name: string;
                            phoneMasked: string | null;
                            realNameLevel: number;
                            realNameMethod: string;
                            sex: "male" | "female";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策 Published policies (staff also see drafts) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "published" | "withdrawn";
                    subject?: "person" | "enterprise";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoGrant: boolean;
                            code: string;
                            departmentCode: string;
                            draftVersion: number;
                            /** Format: uuid */
                            id: string;
                            instantApproval: boolean;
                            itemCode: string | null;
                            name: {
                                en: string;
                                zh: string;
                            };
                            optOutDays: number;
                            publishedVersion: number | null;
                            rule: {
                                conditions: {
                                    feel: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                dmn?: string | null;
                                /** @enum {unknown} */
                                subject: "person" | "enterprise";
                            };
                            status: string;
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            summary: {
                                en: string;
                                zh: string;
                            };
                            tests: {
                                input: {
                                    [key: string]: number | string | boolean | null;
                                };
                                name: string;
                                output: {
                                    [key: string]: number | string | boolean | null;
                                };
                                /** Format: date */
                                period?: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoGrant: boolean;
                            code: string;
                            departmentCode: string;
                            draftVersion: number;
                            /** Format: uuid */
                            id: string;
                            instantApproval: boolean;
                            itemCode: string | null;
                            name: {
                                en: string;
                                zh: string;
                            };
                            optOutDays: number;
                            publishedVersion: number | null;
                            rule: {
                                conditions: {
                                    feel: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                dmn?: string | null;
                                /** @enum {unknown} */
                                subject: "person" | "enterprise";
                            };
                            status: string;
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            summary: {
                                en: string;
                                zh: string;
                            };
                            tests: {
                                input: {
                                    [key: string]: number | string | boolean | null;
                                };
                                name: string;
                                output: {
                                    [key: string]: number | string | boolean | null;
                                };
                                /** Format: date */
                                period?: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        /** 保存政策草稿 Save a policy draft (the rule is checked: position and reason on error) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autoGrant?: boolean;
                        departmentCode: string;
                        instantApproval?: boolean;
                        itemCode?: string | null;
                        name: {
                            en: string;
                            zh: string;
                        };
                        optOutDays?: number;
                        rule: {
                            conditions: {
                                feel: string;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            dmn?: string | null;
                        };
                        subject: "person" | "enterprise";
                        summary: {
                            en: string;
                            zh: string;
                        };
                        tests?: {
                            input: {
                                [key: string]: number | string | boolean | null;
                            };
                            name: string;
                            output: {
                                [key: string]: number | string | boolean | null;
                            };
                            /** Format: date */
                            period?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoGrant: boolean;
                            code: string;
                            departmentCode: string;
                            draftVersion: number;
                            /** Format: uuid */
                            id: string;
                            instantApproval: boolean;
                            itemCode: string | null;
                            name: {
                                en: string;
                                zh: string;
                            };
                            optOutDays: number;
                            publishedVersion: number | null;
                            rule: {
                                conditions: {
                                    feel: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                dmn?: string | null;
                                /** @enum {unknown} */
                                subject: "person" | "enterprise";
                            };
                            status: string;
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            summary: {
                                en: string;
                                zh: string;
                            };
                            tests: {
                                input: {
                                    [key: string]: number | string | boolean | null;
                                };
                                name: string;
                                output: {
                                    [key: string]: number | string | boolean | null;
                                };
                                /** Format: date */
                                period?: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 影响预览 Impact preview: N persons, M enterprises */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            asOf: string;
                            enterprises: number;
                            persons: number;
                            plan: {
                                /** @description what runs record by record, and why */
                                interpreted: {
                                    reason: {
                                        en: string;
                                        zh: string;
                                    };
                                    where: string;
                                }[];
                                /** @enum {unknown} */
                                mode: "sql" | "sql+interpreted" | "interpreted";
                                note: {
                                    en: string;
                                    zh: string;
                                };
                                sql: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布 Publish (refused while a test fails); matches and tells the population */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            matched: number;
                            plan: {
                                /** @description what runs record by record, and why */
                                interpreted: {
                                    reason: {
                                        en: string;
                                        zh: string;
                                    };
                                    where: string;
                                }[];
                                /** @enum {unknown} */
                                mode: "sql" | "sql+interpreted" | "interpreted";
                                note: {
                                    en: string;
                                    zh: string;
                                };
                                sql: string | null;
                            };
                            tests: {
                                actual: {
                                    [key: string]: unknown;
                                };
                                expected: {
                                    [key: string]: number | string | boolean | null;
                                };
                                failures: {
                                    /**
                                     * JsonValue
                                     * @description a JSON value whose shape a published schema describes
                                     */
                                    actual: unknown;
                                    expected: number | string | boolean | null;
                                    key: string;
                                }[];
                                name: string;
                                passed: boolean;
                            }[];
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}/tests/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 运行测试用例 Run the policy's tests */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passed: boolean;
                            results: {
                                actual: {
                                    [key: string]: unknown;
                                };
                                expected: {
                                    [key: string]: number | string | boolean | null;
                                };
                                failures: {
                                    /**
                                     * JsonValue
                                     * @description a JSON value whose shape a published schema describes
                                     */
                                    actual: unknown;
                                    expected: number | string | boolean | null;
                                    key: string;
                                }[];
                                name: string;
                                passed: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            matchMode: string;
                            /** Format: date-time */
                            publishedAt: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{code}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            autoGrant: boolean;
                            code: string;
                            departmentCode: string;
                            draftVersion: number;
                            /** Format: uuid */
                            id: string;
                            instantApproval: boolean;
                            itemCode: string | null;
                            name: {
                                en: string;
                                zh: string;
                            };
                            optOutDays: number;
                            publishedVersion: number | null;
                            rule: {
                                conditions: {
                                    feel: string;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                dmn?: string | null;
                                /** @enum {unknown} */
                                subject: "person" | "enterprise";
                            };
                            status: string;
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            summary: {
                                en: string;
                                zh: string;
                            };
                            tests: {
                                input: {
                                    [key: string]: number | string | boolean | null;
                                };
                                name: string;
                                output: {
                                    [key: string]: number | string | boolean | null;
                                };
                                /** Format: date */
                                period?: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/check-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 校验规则 Check a rule without saving it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rule: {
                            conditions: {
                                feel: string;
                                label: {
                                    en: string;
                                    zh: string;
                                };
                            }[];
                            dmn?: string | null;
                        };
                        subject: "person" | "enterprise";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            plan: {
                                /** @description what runs record by record, and why */
                                interpreted: {
                                    reason: {
                                        en: string;
                                        zh: string;
                                    };
                                    where: string;
                                }[];
                                /** @enum {unknown} */
                                mode: "sql" | "sql+interpreted" | "interpreted";
                                note: {
                                    en: string;
                                    zh: string;
                                };
                                sql: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 政策模拟器 Which policies would apply to these facts, and why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        facts: {
                            [key: string]: number | string | boolean | null;
                        };
                        subject: "person" | "enterprise";
                        useMine?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applies: {
                                conditions: {
                                    feel: string;
                                    holds: boolean | null;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                eligible: boolean;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                policyCode: string;
                                table: {
                                    description: string | null;
                                    outputs: {
                                        [key: string]: unknown;
                                    };
                                    ruleId: string | null;
                                } | null;
                                unknownFacts: string[];
                                version: number;
                            }[];
                            /** Format: date */
                            asOf: string;
                            doesNotApply: {
                                conditions: {
                                    feel: string;
                                    holds: boolean | null;
                                    label: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                eligible: boolean;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                policyCode: string;
                                table: {
                                    description: string | null;
                                    outputs: {
                                        [key: string]: unknown;
                                    };
                                    ruleId: string | null;
                                } | null;
                                unknownFacts: string[];
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可用事实 The facts a rule may name, by subject */
        get: {
            parameters: {
                query: {
                    subject: "person" | "enterprise";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description computed from a date on the evaluation day (an age); not entered */
                            derived: boolean;
                            label: {
                                en: string;
                                zh: string;
                            };
                            name: string;
                            type: "number" | "string" | "boolean" | "date";
                            values: string[] | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 无感智办 Event triggers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: {
                                bundleCode: string;
                                /** @enum {string} */
                                kind: "prepare_bundle";
                                /** @enum {unknown} */
                                recipient: "subject" | "applicant";
                            } | {
                                /** @enum {string} */
                                kind: "push_policies";
                                policyCodes: string[];
                            };
                            code: string;
                            condition: string;
                            departmentCode: string | null;
                            enabled: boolean;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy-triggers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save an event trigger (event type + condition + action), owned by a department */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        action: {
                            bundleCode: string;
                            /** @enum {string} */
                            kind: "prepare_bundle";
                            recipient: "subject" | "applicant";
                        } | {
                            /** @enum {string} */
                            kind: "push_policies";
                            policyCodes: string[];
                        };
                        condition: string;
                        departmentCode: string;
                        enabled?: boolean;
                        /** @enum {unknown} */
                        eventType: "certificate.issued" | "application.completed" | "enterprise.registered" | "person.birthday";
                        name: {
                            en: string;
                            zh: string;
                        };
                        subject: "person" | "enterprise";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: {
                                bundleCode: string;
                                /** @enum {string} */
                                kind: "prepare_bundle";
                                /** @enum {unknown} */
                                recipient: "subject" | "applicant";
                            } | {
                                /** @enum {string} */
                                kind: "push_policies";
                                policyCodes: string[];
                            };
                            code: string;
                            condition: string;
                            departmentCode: string | null;
                            enabled: boolean;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {unknown} */
                            subject: "person" | "enterprise";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 差评整改 My department's bad ratings to answer */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "replied";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            comment: string | null;
                            dueOn: string;
                            id: string;
                            itemCode: string;
                            /**
                             * @description 非常满意 … 非常不满意
                             * @enum {unknown}
                             */
                            level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                            light: ("green" | "yellow" | "red") | null;
                            openedAt: string;
                            raterComment: string | null;
                            /** @description the rater's answer to the reply; null until they answer */
                            raterSatisfied: boolean | null;
                            reply: string | null;
                            status: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改答复 Answer a bad rating (shown to the rater) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applicationId: string;
                            comment: string | null;
                            createdAt: string;
                            label: {
                                en: string;
                                zh: string;
                            };
                            /**
                             * @description 非常满意 … 非常不满意
                             * @enum {unknown}
                             */
                            level: "very_satisfied" | "satisfied" | "neutral" | "dissatisfied" | "very_dissatisfied";
                            rectification: {
                                dueOn: string;
                                id: string;
                                raterAnsweredAt: string | null;
                                raterComment: string | null;
                                raterSatisfied: boolean | null;
                                repliedAt: string | null;
                                reply: string | null;
                                status: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政区划 Regions */
        get: {
            parameters: {
                query?: {
                    level?: "province" | "city" | "county" | "town";
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    parent?: string;
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    within?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: "province" | "city" | "county" | "town";
                            name: {
                                en: string;
                                zh: string;
                            };
                            parentCode: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                        code: string;
                        nameEn: string;
                        nameZh: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: "province" | "city" | "county" | "town";
                            name: {
                                en: string;
                                zh: string;
                            };
                            parentCode: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code (6 digits) or town code (9 digits) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: "province" | "city" | "county" | "town";
                            name: {
                                en: string;
                                zh: string;
                            };
                            parentCode: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件统计 Cases filed, decided on time, running and overdue, per department */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    region?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byDepartment: {
                                decided: number;
                                decidedOnTime: number;
                                /** Format: uuid */
                                departmentId: string;
                                overdue: number;
                                running: number;
                                submitted: number;
                            }[];
                            byStatus: {
                                [key: string]: number;
                            };
                            decided: number;
                            decidedOnTime: number;
                            /** Format: date */
                            from: string;
                            onTimeRate: number | null;
                            overdue: number;
                            regionCode: string;
                            running: number;
                            submitted: number;
                            /** Format: date */
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区人员与企业统计 Counts for a region */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enterprises: number;
                            persons: {
                                byRealNameLevel: {
                                    [key: string]: number;
                                };
                                total: number;
                            };
                            regionCode: string;
                            /** @description accounts per role */
                            staffAccounts: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 减材料 Reuse rate per item and overall */
        get: {
            parameters: {
                query?: {
                    itemCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                byHand: number;
                                cases: number;
                                fromCertificates: number;
                                fromExchange: number;
                                itemCode: string;
                                rate: number | null;
                                reused: number;
                            }[];
                            overall: {
                                byHand: number;
                                cases: number;
                                fromCertificates: number;
                                fromExchange: number;
                                rate: number | null;
                                reused: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/satisfaction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 满意度 Satisfaction per department and item */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byDepartment: {
                                average: number;
                                distribution: {
                                    dissatisfied: number;
                                    neutral: number;
                                    satisfied: number;
                                    very_dissatisfied: number;
                                    very_satisfied: number;
                                };
                                key: string;
                                ratings: number;
                                satisfiedRate: number;
                            }[];
                            byItem: {
                                average: number;
                                distribution: {
                                    dissatisfied: number;
                                    neutral: number;
                                    satisfied: number;
                                    very_dissatisfied: number;
                                    very_satisfied: number;
                                };
                                key: string;
                                ratings: number;
                                satisfiedRate: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办任务 My department's queue, most urgent first */
        get: {
            parameters: {
                query?: {
                    light?: "green" | "yellow" | "red";
                    limit?: number;
                    mine?: boolean;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            application: {
                                /** @description masked for a person (王*) */
                                applicantName: string;
                                /** Format: uuid */
                                id: string;
                                itemCode: string;
                                number: string | null;
                                status: string;
                            };
                            /** Format: uuid */
                            applicationId: string;
                            assigneeAccountId: string | null;
                            decidedAt: string | null;
                            departmentCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            openedAt: string | null;
                            reason: string | null;
                            stage: number;
                            status: string;
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分派 Give the task to a reviewer of the department (null: back to the pool) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            applicationId: string;
                            assigneeAccountId: string | null;
                            decidedAt: string | null;
                            departmentCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            openedAt: string | null;
                            reason: string | null;
                            stage: number;
                            status: string;
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            applicationId: string;
                            assigneeAccountId: string | null;
                            decidedAt: string | null;
                            departmentCode: string;
                            /** Format: uuid */
                            departmentId: string;
                            dueOn: string | null;
                            /** Format: uuid */
                            id: string;
                            name: {
                                en: string;
                                zh: string;
                            };
                            openedAt: string | null;
                            reason: string | null;
                            stage: number;
                            status: string;
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批决定 Approve or reject this department's part */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        decision: "approve" | "reject";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转办 Send the task to the department it belongs to */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        departmentId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            applicant: {
                                enterpriseId: string | null;
                                name: string;
                                /** Format: uuid */
                                personId: string;
                            };
                            bundleApplicationId: string | null;
                            bundleNumber: string | null;
                            /** @description whether this reader may reveal a masked field (查看完整信息) */
                            canReveal: boolean;
                            channel: string;
                            decidedAt: string | null;
                            decisionReason: string | null;
                            departmentCode: string;
                            dueOn: string | null;
                            /**
                             * JsonObject
                             * @description free-form JSON whose shape a published schema describes
                             */
                            formData: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            id: string;
                            itemCode: string;
                            /** Format: uuid */
                            itemVersionId: string;
                            /** @description sensitive fields shown masked: JSON pointers into formData, each revealed by a logged action */
                            maskedFields: string[];
                            materials: {
                                code: string;
                                fileId: string | null;
                                source: string;
                            }[];
                            number: string | null;
                            openSupplementRequest: {
                                /** Format: uuid */
                                id: string;
                                items: {
                                    reason: string;
                                    target: string;
                                }[];
                                /** Format: date-time */
                                requestedAt: string;
                            } | null;
                            pausedWorkingDays: number;
                            regionCode: string;
                            status: string;
                            submittedAt: string | null;
                            tasks: {
                                /** Format: uuid */
                                applicationId: string;
                                assigneeAccountId: string | null;
                                decidedAt: string | null;
                                departmentCode: string;
                                /** Format: uuid */
                                departmentId: string;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                name: {
                                    en: string;
                                    zh: string;
                                };
                                openedAt: string | null;
                                reason: string | null;
                                stage: number;
                                status: string;
                                timeLimit: {
                                    light: ("green" | "yellow" | "red") | null;
                                    /** @description the clock stands still during 补正 */
                                    paused: boolean;
                                    remainingWorkingDays: number | null;
                                };
                            }[];
                            timeLimit: {
                                light: ("green" | "yellow" | "red") | null;
                                /** @description the clock stands still during 补正 */
                                paused: boolean;
                                remainingWorkingDays: number | null;
                            };
                            timeLimitDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验 Verify a certificate or a share (from a QR code or pasted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: string;
                        /** @description claims this verifier needs to see */
                        requiredClaims?: string[];
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disclosed: {
                                label: {
                                    en: string;
                                    zh: string;
                                };
                                name: string;
                                /**
                                 * JsonValue
                                 * @description a JSON value whose shape a published schema describes
                                 */
                                value: unknown;
                            }[];
                            expiresAt: string | null;
                            issuedAt: string | null;
                            issuer: {
                                name: {
                                    en: string;
                                    zh: string;
                                } | null;
                                url: string;
                            };
                            message: {
                                en: string;
                                zh: string;
                            };
                            sharedWith: string | null;
                            shareExpiresAt: string | null;
                            type: string;
                            typeName: {
                                en: string;
                                zh: string;
                            } | null;
                            /** @enum {boolean} */
                            valid: true;
                        } | {
                            /** @description with undisclosed: which claims */
                            detail?: string;
                            message: {
                                en: string;
                                zh: string;
                            };
                            /** @enum {unknown} */
                            reason: "malformed" | "not_a_certificate" | "type_unknown" | "issuer_unknown" | "status_unavailable" | "signature" | "tampered" | "expired" | "not_yet_valid" | "revoked" | "suspended" | "holder_binding" | "nonce_invalid" | "share_expired" | "undisclosed" | "wrong_audience";
                            /** @enum {boolean} */
                            valid: false;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificate-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SD-JWT VC type metadata: the type's name and claim labels */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                display: {
                                    label: string;
                                    locale: string;
                                }[];
                                path: string[];
                                sd: string;
                            }[];
                            display: {
                                locale: string;
                                name: string;
                            }[];
                            name: string;
                            vct: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issuers/{id}/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JWKS of an issuing department (current and retired keys) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                alg: string;
                                crv?: string;
                                e?: string;
                                kid: string;
                                kty: string;
                                n?: string;
                                /** @enum {string} */
                                use: "sig";
                                x?: string;
                                y?: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/status-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Token Status List (signed JWT) of an issuer (ETag: If-None-Match answers 304) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description not changed since the ETag the verifier has */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details: {
                                    code: string;
                                    field: string;
                                    message: {
                                        en: string;
                                        zh: string;
                                    };
                                }[];
                                field?: string;
                                message: {
                                    en: string;
                                    zh: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
