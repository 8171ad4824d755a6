CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"booked_by_account_id" uuid NOT NULL,
	"hall_id" uuid NOT NULL,
	"window_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"item_code" text NOT NULL,
	"day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"slot_minutes" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_ticket_counters" (
	"hall_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "queue_ticket_counters_hall_id_day_pk" PRIMARY KEY("hall_id","day")
);
--> statement-breakpoint
CREATE TABLE "queue_tickets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"hall_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"day" date NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"appointment_id" uuid,
	"person_id" uuid,
	"item_code" text NOT NULL,
	"department_id" uuid NOT NULL,
	"status" text NOT NULL,
	"priority_at" timestamp with time zone NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL,
	"drawn_by_account_id" uuid NOT NULL,
	"called_at" timestamp with time zone,
	"window_id" uuid,
	"called_by_account_id" uuid,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "appointment_window_days" (
	"window_id" uuid NOT NULL,
	"day" date NOT NULL,
	"booked" integer NOT NULL,
	CONSTRAINT "appointment_window_days_window_id_day_pk" PRIMARY KEY("window_id","day")
);
--> statement-breakpoint
ALTER TABLE "halls" ADD COLUMN "opens_at" text DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "halls" ADD COLUMN "closes_at" text DEFAULT '17:00' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_person_day_uq" ON "appointments" USING btree ("person_id","day") WHERE status IN ('booked', 'checked_in');--> statement-breakpoint
CREATE INDEX "appointments_window_day_idx" ON "appointments" USING btree ("window_id","day","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_hall_day_seq_uq" ON "queue_tickets" USING btree ("hall_id","day","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_tickets_appointment_uq" ON "queue_tickets" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "queue_tickets_waiting_idx" ON "queue_tickets" USING btree ("hall_id","day","status","priority_at");