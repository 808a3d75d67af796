-- only comments here
/* and a block
   over lines */

-- another group
