// A small stand-in for a database client, typed like Prisma's delegates.
interface Delegate<T> {
  create(args: { data: T }): Promise<T>;
  findMany(args?: { where?: Partial<T> }): Promise<T[]>;
  update(args: { where: { id: string }; data: Partial<T> }): Promise<T>;
}

interface Like { postId: string; userId: string }
interface Follow { followerId: string; followeeId: string }
interface Notification { userId: string; type: string; read?: boolean }
interface Comment { postId: string; userId: string; body: string }

export const db = {
  like: {} as Delegate<Like>,
  follow: {} as Delegate<Follow>,
  comment: {} as Delegate<Comment>,
  notification: {} as Delegate<Notification>,
};
