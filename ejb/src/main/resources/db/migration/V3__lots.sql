-- The lots of the dynamic purchasing system and their sub-categories, from the council's market position
-- statement (Gateway2Resources). Administrators may later reword the summaries; codes never change.

insert into lot (id, code, name, summary, sort_order) values
(1, 'residential', 'Residential',
 'Children''s homes registered with Ofsted (the Office for Standards in Education, Children''s Services and Skills), from mainstream homes to solo homes for children with complex needs.', 1),
(2, 'fostering', 'Fostering (independent fostering agencies)',
 'Foster care provided through independent fostering agencies (IFAs), including sibling groups, emergency care and carers for unaccompanied asylum-seeking children.', 2),
(3, 'supported-accommodation', 'Supported accommodation 16+',
 'Ofsted-registered accommodation with support for young people aged 16 and over, from 24-hour on-site support to floating support, and step-down homes for young people preparing to live independently.', 3),
(4, 'parent-and-child', 'Parent and child',
 'Residential family assessment centres and parent-and-child foster placements, where a parent and their baby live together while parenting is assessed and supported.', 4),
(5, 'short-breaks', 'Short breaks',
 'Overnight residential short breaks, play and leisure, and domiciliary care that give disabled children new experiences and their families a rest.', 5),
(6, 'support-at-home', 'Support at home',
 'Edge-of-care support that helps a child stay safely with their family instead of coming into care.', 6);

insert into lot_sub_category (id, lot_id, code, name, sort_order) values
(101, 1, 'mainstream', 'Mainstream', 1),
(102, 1, 'ebd', 'Emotional and behavioural difficulties (EBD)', 2),
(103, 1, 'complex-health-disability', 'Complex health needs or disability', 3),
(104, 1, 'contextual-safeguarding', 'Contextual safeguarding (risk of exploitation)', 4),
(105, 1, 'emergency-assessment', 'Emergency and assessment', 5),
(106, 1, 'solo-dual', 'Solo or dual home', 6),
(107, 1, 'on-site-education', 'With on-site education', 7),
(201, 2, 'mainstream', 'Mainstream foster care', 1),
(202, 2, 'enhanced-specialist', 'Enhanced or specialist foster care', 2),
(203, 2, 'sibling-groups', 'Sibling groups', 3),
(204, 2, 'emergency', 'Emergency foster care', 4),
(205, 2, 'uasc', 'Carers for unaccompanied asylum-seeking children (UASC)', 5),
(301, 3, 'single-occupancy', 'Single occupancy', 1),
(302, 3, 'shared', 'Shared accommodation', 2),
(303, 3, 'self-contained', 'Self-contained flat', 3),
(304, 3, 'support-24-7', 'Support 24 hours a day on site', 4),
(305, 3, 'support-on-call', 'Support on call', 5),
(306, 3, 'support-floating', 'Floating support (hours per week)', 6),
(307, 3, 'step-down', 'Step-down for young people aged 18.5 and over', 7),
(308, 3, 'uasc', 'Unaccompanied asylum-seeking children (UASC)', 8),
(401, 4, 'residential-family-assessment', 'Residential family assessment', 1),
(402, 4, 'parent-and-child-fostering', 'Parent-and-child fostering', 2),
(501, 5, 'overnight-residential', 'Overnight residential short breaks', 1),
(502, 5, 'play-and-leisure', 'Play and leisure', 2),
(503, 5, 'domiciliary-care', 'Domiciliary care', 3),
(601, 6, 'edge-of-care', 'Edge-of-care support', 1);
