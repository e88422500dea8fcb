-- Notifications are mailed after the transaction that stored them commits (issue 8, faults): the
-- notification table is the outbox. Where each mail is, how often it was tried, when it is tried
-- next and why it failed; the attachment is kept until mailed, so a retry still carries it.
alter table notification add column mail_status varchar(20) default 'NOT_MAILED' not null;
alter table notification add column mail_attempts integer default 0 not null;
alter table notification add column next_mail_attempt_at timestamp;
alter table notification add column mail_error varchar(500);
alter table notification add column attachment_type varchar(100);
alter table notification add column attachment_content bytea;
update notification set mail_status = 'MAILED' where mailed = true;
create index ix_notification_mail_due on notification (mail_status, next_mail_attempt_at);
