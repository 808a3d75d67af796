-- AUTO_INCREMENT removed.
-- current
CREATE TABLE t (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY);
-- desired
CREATE TABLE t (id bigint unsigned NOT NULL PRIMARY KEY);
