// 主题分类: the themes services are browsed by (the catalog's `topics`), from the catalog's closed lists.
export { enterpriseTopics as ENTERPRISE_TOPICS, personTopics as PERSON_TOPICS } from '../../src/modules/catalog/enums';
