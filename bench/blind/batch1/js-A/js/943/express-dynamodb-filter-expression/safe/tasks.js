const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand } = require('@aws-sdk/lib-dynamodb');

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const FILTERABLE = new Set(['status', 'assignee', 'priority']);

async function listTasks(projectId, field, value) {
  if (!FILTERABLE.has(field)) throw new Error('unsupported filter field');
  const cmd = new QueryCommand({
    TableName: 'tasks',
    KeyConditionExpression: 'projectId = :p',
    // private tasks are hidden unless the filter says otherwise
    FilterExpression: '#f = :v AND visibility <> :private',
    ExpressionAttributeNames: { '#f': field },
    ExpressionAttributeValues: { ':p': projectId, ':v': value, ':private': 'private' },
  });
  const out = await doc.send(cmd);
  return out.Items;
}

module.exports = { listTasks };
