-- As enrolment V8: the outbox's folded search text also leaves out combining marks, so that an address or subject
-- typed in decomposed form (NFD) is found as when typed composed. The column is made again, folded anew.
alter table outbox drop column search_text;
alter table outbox add column search_text text generated always as (
    regexp_replace(translate(lower(recipient_email || ' ' || subject),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo'), '[\u0300-\u036f]', '', 'g')) stored;
