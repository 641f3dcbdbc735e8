-- A name typed in decomposed form (NFD: a base letter, then its accent as a combining mark, as some keyboards and
-- copied text give it) is kept as typed, so the folded search text also leaves out the combining marks
-- (U+0300 to U+036F) that translate() does not know: Ämmälä typed so is found by "ammala" as when typed composed.
-- fi.verme.shared.Listing.fold does the same with the words searched for. The columns are made again, folded anew.
alter table enrolment_contact drop column search_text;
alter table enrolment_contact add column search_text text generated always as (
    regexp_replace(translate(lower(first_name || ' ' || last_name || ' ' || email),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo'), '[\u0300-\u036f]', '', 'g')) stored;
alter table person drop column search_text;
alter table person add column search_text text generated always as (
    regexp_replace(translate(lower(first_name || ' ' || last_name || ' ' || email),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo'), '[\u0300-\u036f]', '', 'g')) stored;
alter table roster_entry drop column search_text;
alter table roster_entry add column search_text text generated always as (
    regexp_replace(translate(lower(employer || ' ' || unit),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo'), '[\u0300-\u036f]', '', 'g')) stored;
