const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand } = require('@aws-sdk/lib-dynamodb');

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));

async function listTasks(projectId, field, value) {
  const cmd = new QueryCommand({
    TableName: 'tasks',
    KeyConditionExpression: 'projectId = :p',
    // private tasks are hidden unless the filter says otherwise
    FilterExpression: `${field} = :v AND visibility <> :private`,
    ExpressionAttributeValues: { ':p': projectId, ':v': value, ':private': 'private' },
  });
  const out = await doc.send(cmd); // cg-expect: CWE-943
  return out.Items;
}

module.exports = { listTasks };
