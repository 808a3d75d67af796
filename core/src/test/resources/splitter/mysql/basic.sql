CREATE TABLE `users` (
  `id` int NOT NULL,
  `name` varchar(255) DEFAULT 'it\'s',
  `weird``name` int,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
INSERT INTO users VALUES (1, 'semi;colon', "double \" quote", 'back\\slash');
INSERT INTO users VALUES (2, 'a''b', 'c\'d;e')
