INSERT INTO users (id, name) VALUES (1, 'masseelch'), (2, 'rotemtam'), (3, 'a8m');
INSERT INTO groups (id, name) VALUES (1, 'Founders'), (2, 'Senior Engineers');
INSERT INTO user_groups (user_id, group_id) VALUES (2, 1), (3, 1), (1, 2);
