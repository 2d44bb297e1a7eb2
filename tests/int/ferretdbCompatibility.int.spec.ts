import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import mongoose, { type Connection } from 'mongoose'

import { findAndModifyWithoutProjection } from '../../src/database/ferretdbCompatibility'
import { stack } from '../helpers/api'

// Straight against the test stack's FerretDB, in a collection of its own.
let connection: Connection
const schema = new mongoose.Schema({ name: String, loginAttempts: Number, secret: String })
const plainModel = () => connection.model('CompatPlain', schema, 'compat-plain')
const wrappedModel = () => {
  const model = connection.model('CompatWrapped', schema, 'compat-wrapped')
  findAndModifyWithoutProjection(model)
  return model
}

beforeAll(async () => {
  connection = await mongoose.createConnection(stack().databaseUri).asPromise()
})

afterAll(async () => {
  await connection.close()
})

describe('FerretDB compatibility layer', () => {
  it('FerretDB itself refuses findAndModify with a projection (the gap the layer covers)', async () => {
    const model = plainModel()
    await model.create({ name: 'a', loginAttempts: 0, secret: 's' })
    await expect(
      model.findOneAndUpdate(
        { name: 'a' },
        { $inc: { loginAttempts: 1 } },
        { new: true, projection: { loginAttempts: 1 } },
      ),
    ).rejects.toThrow(/not implemented/)
  })

  it('updates, then returns only the projected fields of the updated document', async () => {
    const model = wrappedModel()
    await model.create({ name: 'b', loginAttempts: 0, secret: 's' })
    const updated = await model.findOneAndUpdate(
      { name: 'b' },
      { $inc: { loginAttempts: 1 } },
      { new: true, lean: true, projection: { loginAttempts: 1 } },
    )
    expect(updated).toMatchObject({ loginAttempts: 1 })
    expect(updated).not.toHaveProperty('secret')
    expect(await model.findOneAndUpdate({ name: 'none' }, { name: 'x' }, { new: true })).toBeNull()
  })

  it('reads the projected fields, then deletes the document', async () => {
    const model = wrappedModel()
    await model.create({ name: 'c', loginAttempts: 3, secret: 's' })
    const deleted = await model
      .findOneAndDelete({ name: 'c' }, { projection: { loginAttempts: 1 } })
      .lean()
    expect(deleted).toMatchObject({ loginAttempts: 3 })
    expect(deleted).not.toHaveProperty('secret')
    expect(await model.countDocuments({ name: 'c' })).toBe(0)
  })
})
