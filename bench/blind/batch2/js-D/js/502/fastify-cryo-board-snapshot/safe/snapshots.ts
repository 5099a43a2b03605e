
interface Board {
  title: string;
  cards: { id: string; text: string }[];
}

export class SnapshotService {
  take(board: Board): string {
    return JSON.stringify(board);
  }

  restore(snapshot: string): Board {
    const board = JSON.parse(snapshot) as Board;
    if (!board || typeof board.title !== 'string' || !Array.isArray(board.cards)) {
      throw new Error('invalid snapshot');
    }
    return {
      title: board.title,
      cards: board.cards.map((c) => ({ id: String(c.id), text: String(c.text) })),
    };
  }
}
