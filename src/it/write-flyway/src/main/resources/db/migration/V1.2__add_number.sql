ALTER TABLE invoice ADD COLUMN number varchar(30) NOT NULL;
