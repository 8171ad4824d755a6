// 主题分类: the themes services are browsed by (the catalog's `topics`), for people and for legal persons.
export const PERSON_TOPICS = ['birth', 'household', 'marriage', 'id-documents', 'social-insurance', 'employment', 'elderly', 'assistance',
  'housing', 'health', 'death', 'disability', 'property', 'tax'] as const;
export const ENTERPRISE_TOPICS = ['establishment', 'licences', 'construction', 'enterprise-tax', 'employer'] as const;
