-- The coordinator's search (ListEnrolments) looks for words in lower case and without accents, in a name, an
-- e-mail address, the employer or the unit. Each row keeps that text folded (the letters are fi.verme.shared.Listing's
-- FOLD_FROM and FOLD_TO; EnrolmentRosterTest fails when they differ), so that a search compares it as it is instead
-- of folding every row of the year again: 2,000 enrolments searched in a few milliseconds (docs/benchmarks.md, F).
-- Generated columns: computed by PostgreSQL on every write, gone with their row when a person is erased.
alter table enrolment_contact add column search_text text generated always as (
    translate(lower(first_name || ' ' || last_name || ' ' || email),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo')) stored;
alter table person add column search_text text generated always as (
    translate(lower(first_name || ' ' || last_name || ' ' || email),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo')) stored;
alter table roster_entry add column search_text text generated always as (
    translate(lower(employer || ' ' || unit),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo')) stored;
