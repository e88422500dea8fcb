-- A leaver's contract ends on their leaving date (status ENDED): no supervision is owed under it.
alter table supervision_contract add column ended_on date;
