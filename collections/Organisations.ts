import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '@/access/referenceDataAccess'
import { GERMAN_LAENDER } from '@/domain/germanLaender'
import { httpUrlField } from '@/fields/httpUrl'
import { germanSlugField } from '@/fields/slug'
import {
  queueDependantsSyncAfterChange,
  queueDependantsSyncAfterDelete,
} from '@/search/queueSearchSync'
import { revalidateSiteAfterChange, revalidateSiteAfterDelete } from '@/hooks/revalidateSite'

/** Think tanks, regional centres, partners, ministries and funders, and how they relate. */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { de: 'Organisation', en: 'Organisation' },
    plural: { de: 'Organisationen', en: 'Organisations' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'region', 'parent'] },
  hooks: {
    afterChange: [queueDependantsSyncAfterChange, revalidateSiteAfterChange],
    afterDelete: [queueDependantsSyncAfterDelete, revalidateSiteAfterDelete],
  },
  access: referenceDataAccess(),
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { de: 'Name', en: 'Name' },
    },
    germanSlugField('name'),
    { name: 'shortName', type: 'text', label: { de: 'Kurzname', en: 'Short name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { de: 'Art', en: 'Kind' },
      options: [
        { value: 'thinkTank', label: { de: 'Think Tank', en: 'Think tank' } },
        { value: 'regionalCentre', label: { de: 'Regionales Zentrum', en: 'Regional centre' } },
        { value: 'university', label: { de: 'Hochschule', en: 'University' } },
        {
          value: 'researchInstitute',
          label: { de: 'Forschungsinstitut', en: 'Research institute' },
        },
        { value: 'ministry', label: { de: 'Ministerium', en: 'Ministry' } },
        {
          value: 'government',
          label: { de: 'Land / Gebietskörperschaft', en: 'State government' },
        },
        { value: 'funder', label: { de: 'Fördermittelgeber', en: 'Funder' } },
        { value: 'association', label: { de: 'Verein / Verband', en: 'Association' } },
        { value: 'project', label: { de: 'Projekt / Netzwerk', en: 'Project / network' } },
      ],
    },
    {
      name: 'region',
      type: 'select',
      label: { de: 'Bundesland', en: 'German Land' },
      options: GERMAN_LAENDER.map(([value, label]) => ({ value, label })),
      index: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organisations',
      label: { de: 'Übergeordnet', en: 'Parent organisation' },
    },
    {
      name: 'relations',
      type: 'array',
      label: { de: 'Beziehungen', en: 'Relations' },
      labels: {
        singular: { de: 'Beziehung', en: 'Relation' },
        plural: { de: 'Beziehungen', en: 'Relations' },
      },
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { de: 'Beziehung', en: 'Relation' },
          options: [
            { value: 'carriedBy', label: { de: 'in Trägerschaft von', en: 'carried by' } },
            { value: 'partner', label: { de: 'Partner', en: 'partner' } },
            { value: 'fundedBy', label: { de: 'gefördert durch', en: 'funded by' } },
            { value: 'coFundedBy', label: { de: 'kofinanziert durch', en: 'co-funded by' } },
            { value: 'representedBy', label: { de: 'vertreten durch', en: 'represented by' } },
            { value: 'cooperatesWith', label: { de: 'in Kooperation mit', en: 'cooperates with' } },
            { value: 'partOf', label: { de: 'Teil von', en: 'part of' } },
          ],
        },
        {
          name: 'organisation',
          type: 'relationship',
          relationTo: 'organisations',
          required: true,
          label: { de: 'Organisation', en: 'Organisation' },
        },
      ],
    },
    httpUrlField({ name: 'website', label: { de: 'Website', en: 'Website' } }),
    { name: 'email', type: 'email', label: { de: 'E-Mail', en: 'Email' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { de: 'Beschreibung', en: 'Description' },
    },
  ],
}
