-- A signed record is never edited: a correction is a new record, linked to the one it corrects
-- (corrects_record_id), saying what it corrects, and signed by both again.
alter table supervision_record add column correction varchar(4000);
