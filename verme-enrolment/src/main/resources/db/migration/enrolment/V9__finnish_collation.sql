-- Names sort as a Finnish or Swedish reader expects, å, ä and ö after z in that order, whatever collation the
-- database was created with (under "C", Ä came before Å). PostgreSQL's ICU provider is in every packaged build
-- and in the embedded one.
create collation if not exists enrolment.finnish (provider = icu, locale = 'fi');
