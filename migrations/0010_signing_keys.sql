CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"alg" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk_enc" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "signing_keys_owner_idx" ON "signing_keys" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_one_active_uq" ON "signing_keys" USING btree ("owner_id") WHERE retired_at IS NULL AND revoked_at IS NULL;