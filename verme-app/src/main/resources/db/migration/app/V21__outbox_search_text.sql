-- The outbox's search looks for words in lower case and without accents in the recipient's address and the
-- subject: each message keeps that text folded (fi.verme.shared.Listing's FOLD_FROM and FOLD_TO; ListsApiTest
-- searches with accents), so that a search does not fold every message of the year again.
alter table outbox add column search_text text generated always as (
    translate(lower(recipient_email || ' ' || subject),
        'áÁàÀâÂãÃäÄåÅāĀăĂąĄçÇćĆčČďĎđĐéÉèÈêÊëËēĒėĖęĘěĚíÍìÌîÎïÏīĪįĮłŁñÑńŃňŇóÓòÒôÔõÕöÖøØōŌőŐŕŔřŘśŚšŠşŞßťŤúÚùÙûÛüÜūŪůŮűŰųŲýÝÿŸźŹżŻžŽæÆœŒ',
        'aaaaaaaaaaaaaaaaaaccccccddddeeeeeeeeeeeeeeeeiiiiiiiiiiiillnnnnnnoooooooooooooooorrrrsssssssttuuuuuuuuuuuuuuuuyyyyzzzzzzaaoo')) stored;
