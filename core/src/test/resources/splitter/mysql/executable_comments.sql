/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/* an ordinary comment is detached */
CREATE TABLE address (
  address_id SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
  /*!50705 location GEOMETRY */ /*!80003 SRID 0 */ /*!50705 NOT NULL,*/
  PRIMARY KEY  (address_id),
  /*!50705 SPATIAL KEY `idx_location` (location),*/
  KEY idx_fk_city_id (city_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
SET @@default_storage_engine = 'MyISAM';
/*!50610 SET @@default_storage_engine = 'InnoDB'*/;
