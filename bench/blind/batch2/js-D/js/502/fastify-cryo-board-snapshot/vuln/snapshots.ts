import Cryo from 'cryo';

interface Board {
  title: string;
  cards: { id: string; text: string }[];
}

export class SnapshotService {
  take(board: Board): string {
    return Cryo.stringify(board);
  }

  restore(snapshot: string): Board {
    const board = Cryo.parse(snapshot) as Board; // cg-expect: CWE-502
    if (!board || typeof board.title !== 'string' || !Array.isArray(board.cards)) {
      throw new Error('invalid snapshot');
    }
    return {
      title: board.title,
      cards: board.cards.map((c) => ({ id: String(c.id), text: String(c.text) })),
    };
  }
}
