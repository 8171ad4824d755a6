CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"region_code" text NOT NULL,
	"level" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rating_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"reply" text,
	"replied_by" uuid,
	"replied_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_application_uq" ON "ratings" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "ratings_department_idx" ON "ratings" USING btree ("department_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rectifications_rating_uq" ON "rectifications" USING btree ("rating_id");--> statement-breakpoint
CREATE INDEX "rectifications_queue_idx" ON "rectifications" USING btree ("department_id","status","due_on");