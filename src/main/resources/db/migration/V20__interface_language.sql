-- The language a user chose for Slant's interface (a tag such as 'de'); null follows the browser's languages.
alter table app_user add column interface_language text;
