-- Ünïcödé comment: 日本語 and an emoji 😀
CREATE TABLE "naïve" (id int);
/* ça coûte 5 € */
  SELECT 'żółć', '😀😀';
 　SELECT 'after NBSP and ideographic space';
CREATE DOMAIN public."bıgınt" AS bigint;
